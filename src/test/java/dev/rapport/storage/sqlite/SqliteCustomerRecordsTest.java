package dev.rapport.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A customer's records across the tables, as merge moves and forget erases them. */
class SqliteCustomerRecordsTest {

    @Test
    void every_table_the_journal_records_holds_a_customer_s_records_and_forget_erases_it() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            Set<String> recorded = db.statements().query("read the schema", "SELECT name FROM sqlite_schema WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite%'", rs -> rs.getString(1)).stream()
                    .filter(t -> !Schema.UNJOURNALED.contains(t)).collect(Collectors.toSet());

            assertThat(SqliteCustomerRecords.ERASED).as("a new table holds customer data, or is listed in Schema.UNJOURNALED")
                    .containsExactlyInAnyOrderElementsOf(recorded);
        }
    }

    @Test
    void forget_erases_the_leaves_before_what_they_refer_to() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            for (String table : SqliteCustomerRecords.ERASED) {
                List<String> parents = db.statements().query("read the schema", "SELECT \"table\" FROM pragma_foreign_key_list(?)",
                        rs -> rs.getString(1), table);
                for (String parent : parents) {
                    if (!parent.equals(table)) {
                        assertThat(SqliteCustomerRecords.ERASED.indexOf(parent)).as(table + " refers to " + parent)
                                .isGreaterThan(SqliteCustomerRecords.ERASED.indexOf(table));
                    }
                }
            }
        }
    }
}
