package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database path that names nothing: a typo under cron must be an error, not an empty database
 * that reports nothing due. Only the commands that start a database create one.
 */
class MissingDatabaseTest {

    @TempDir
    Path home;

    static Stream<List<String>> users() {
        return Stream.of(List.of("agenda"), List.of("overdue", "--fail-if-overdue"), List.of("next", "C1"), List.of("brief", "C1"),
                List.of("history", "C1"), List.of("report", "coverage"), List.of("report", "activity"), List.of("export", "customers"),
                List.of("export", "interactions"), List.of("customer", "list"), List.of("customer", "show", "C1"), List.of("check"),
                List.of("complaint", "list"), List.of("log", "C1", "--via", "call", "--out"), List.of("undo"), List.of("undo", "--list"),
                List.of("customer", "duplicates"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("users")
    void a_command_that_uses_a_database_refuses_one_that_does_not_exist_and_creates_nothing(List<String> command) {
        Path typo = home.resolve("typo/rapprot.db");
        var run = new Rapport(home).run(Stream.concat(Stream.of("--db", typo.toString()), command.stream()).toArray(String[]::new));

        assertThat(run.status()).as(run.toString()).isEqualTo(66);
        assertThat(run.err()).isEqualTo("rapport: " + typo + ": no such database; `rapport init` creates it (or check --db and RAPPORT_DB)\n");
        assertThat(run.out()).isEmpty();
        assertThat(typo.getParent()).doesNotExist();
    }

    @Test
    void backup_refuses_a_database_that_does_not_exist_and_writes_no_copy() {
        Path typo = home.resolve("typo/rapprot.db");
        Path copy = home.resolve("copy.db");
        var run = new Rapport(home).env("RAPPORT_DB", typo.toString()).run("backup", copy.toString());

        assertThat(run.status()).as(run.toString()).isEqualTo(66);
        assertThat(run.err()).contains("no database to back up");
        assertThat(copy).doesNotExist();
        assertThat(typo.getParent()).doesNotExist();
    }

    @Test
    void init_import_and_customer_add_create_the_database_with_its_folders() throws IOException {
        Path csv = Files.writeString(home.resolve("c.csv"), "id,name\nC1,Ada\n");
        for (List<String> command : List.of(List.of("init"), List.of("import", "customers", csv.toString()),
                List.of("customer", "add", "Ada", "--id", "C1"))) {
            Path db = home.resolve("new-" + command.get(0) + "/rapport.db");
            var run = new Rapport(home).run(Stream.concat(Stream.of("--db", db.toString()), command.stream()).toArray(String[]::new));
            assertThat(run.status()).as(command + "\n" + run).isZero();
            assertThat(db).isRegularFile();
        }
    }

    @Test
    void a_database_that_exists_but_is_empty_of_customers_is_read_as_it_is() {
        Rapport rapport = new Rapport(home);
        assertThat(rapport.run("init").status()).isZero();
        var run = rapport.run("agenda");
        assertThat(run.status()).as(run.toString()).isZero();
    }
}
