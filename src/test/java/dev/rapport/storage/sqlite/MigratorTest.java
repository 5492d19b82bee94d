package dev.rapport.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a migration script is cut into statements. */
class MigratorTest {

    @Test
    void each_statement_ends_with_a_line_ending_in_a_semicolon_and_comments_between_them_are_dropped() {
        List<String> statements = Migrator.statements("""
                -- a table
                CREATE TABLE a (
                    x TEXT
                );
                CREATE INDEX a_x ON a (x);
                """);
        assertThat(statements).containsExactly("CREATE TABLE a (\n    x TEXT\n);", "CREATE INDEX a_x ON a (x);");
    }

    @Test
    void a_trigger_is_one_statement_from_create_trigger_to_end() {
        List<String> statements = Migrator.statements("""
                CREATE TRIGGER t AFTER INSERT ON a
                BEGIN
                    INSERT INTO b VALUES (1);
                    UPDATE c SET n = n + 1;
                END;
                CREATE INDEX a_x ON a (x);
                """);
        assertThat(statements).hasSize(2);
        assertThat(statements.get(0)).startsWith("CREATE TRIGGER t").endsWith("END;").contains("UPDATE c SET n = n + 1;");
    }

    @Test
    void every_released_migration_cuts_into_statements_that_each_end_a_statement() {
        for (String script : Schema.MIGRATIONS) {
            for (String statement : Migrator.statements(script)) {
                assertThat(statement).endsWith(";").doesNotStartWith("--");
            }
        }
    }
}
