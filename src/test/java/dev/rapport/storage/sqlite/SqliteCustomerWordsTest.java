package dev.rapport.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.CustomerQuery;
import dev.rapport.app.Journal;
import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.Status;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The word index of schema 6 (issue 13, finding customers): a customer is found by the start of
 * any word of its name or company, ignoring case and accents, or by the start of its id or
 * e-mail; the index follows every write path, text typed is only ever words, and a lookup reads
 * the few rows it finds.
 */
class SqliteCustomerWordsTest {

    private static final Journal.Command ANNA = new Journal.Command(LocalDateTime.parse("2026-11-23T09:00"), "anna", "rapport test");

    private static Customer customer(String id, String name, String company) {
        return Customer.builder(id, name, "small", LocalDate.EPOCH).company(company).build();
    }

    private static List<String> found(SqliteStorage db, String typed) {
        return db.customers().matching(typed, false, 50).stream().map(Customer::id).toList();
    }

    private static List<String> listed(SqliteStorage db, String text) {
        return db.customers().list(new CustomerQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(text), Integer.MAX_VALUE)).stream().map(Customer::id).toList();
    }

    /** FTS5's own check: the index holds exactly the words of the customer table it reads from. */
    private static boolean indexAgrees(SqliteStorage db) {
        try {
            db.statements().execute("INSERT INTO customer_words (customer_words, rank) VALUES ('integrity-check', 1)");
            return true;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    private static SqliteStorage withMuellers() {
        SqliteStorage db = SqliteStorage.inMemory();
        db.inTransaction(() -> {
            db.customers().insert(customer("C1", "Jürgen Müller", "Grün & Söhne"));
            db.customers().insert(customer("C2", "Ada Lovelace", "Müller GmbH"));
            db.customers().insert(customer("C3", "Sarah Mitchell", "Northwind Inc."));
            db.customers().insert(Customer.builder("X_1", "100% Juice", "small", LocalDate.EPOCH).email("sales@juice.example").build());
            db.customers().insert(customer("C4", "王小明", "北京贸易"));
        });
        return db;
    }

    @Test
    void any_word_of_the_name_or_the_company_finds_the_customer_ignoring_case_and_accents() {
        try (SqliteStorage db = withMuellers()) {
            assertThat(found(db, "mitchell")).containsExactly("C3");
            assertThat(found(db, "muller")).containsExactly("C1", "C2");
            assertThat(found(db, "MÜLLER")).isEqualTo(found(db, "Muller")).isEqualTo(found(db, "müll"));
            assertThat(found(db, "gmbh")).containsExactly("C2");
            assertThat(found(db, "grun sohne")).as("every word typed, each the start of a word").containsExactly("C1");
            assertThat(found(db, "lovelace müller")).as("in any order, across name and company").containsExactly("C2");
            assertThat(found(db, "jürgen gmbh")).isEmpty();
            assertThat(found(db, "üller")).as("the start of a word, not its middle").isEmpty();
            assertThat(found(db, "王")).containsExactly("C4");
            assertThat(found(db, "北京")).containsExactly("C4");
        }
    }

    @Test
    void the_start_of_the_id_or_the_e_mail_finds_the_customer_ignoring_case() {
        try (SqliteStorage db = withMuellers()) {
            assertThat(found(db, "c")).containsExactly("C1", "C2", "C3", "C4");
            assertThat(found(db, "x_")).containsExactly("X_1");
            assertThat(found(db, "SALES@JU")).containsExactly("X_1");
            assertThat(found(db, "100%")).containsExactly("X_1");
            assertThat(found(db, "%")).as("a LIKE wildcard typed is a character").isEmpty();
            assertThat(found(db, "")).as("nothing typed: the first ones, by id").containsExactly("C1", "C2", "C3", "C4", "X_1");
        }
    }

    @Test
    void a_listing_searches_as_a_lookup_finds() {
        try (SqliteStorage db = withMuellers()) {
            assertThat(listed(db, "muller")).containsExactly("C1", "C2");
            assertThat(listed(db, "MÜLLER")).containsExactly("C1", "C2");
            assertThat(listed(db, "sales@")).containsExactly("X_1");
            assertThat(listed(db, "c3")).containsExactly("C3");
        }
    }

    @Test
    void archived_customers_are_found_only_when_asked_for() {
        try (SqliteStorage db = withMuellers()) {
            db.inTransaction(() -> db.customers().update(db.customers().find("C2").orElseThrow().toBuilder().status(Status.ARCHIVED).build()));
            assertThat(found(db, "muller")).containsExactly("C1");
            assertThat(db.customers().matching("muller", true, 50)).extracting(Customer::id).containsExactly("C1", "C2");
            assertThat(listed(db, "muller")).as("a listing filters by status itself").containsExactly("C1", "C2");
        }
    }

    @Test
    void at_most_the_limit_is_read_ordered_by_id() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            db.inTransaction(() -> {
                for (int i = 30; i >= 1; i--) {
                    db.customers().insert(customer(String.format("K%02d", i), "Anna Schmidt " + i, "Schmidt KG"));
                }
            });
            assertThat(db.customers().matching("schmidt", false, 11)).hasSize(11)
                    .extracting(Customer::id).isSorted();
        }
    }

    @Test
    void a_lookup_searches_three_indexes_and_scans_no_table() {
        try (SqliteStorage db = withMuellers()) {
            var lookup = List.<Object>of("\"m\"*", "m%", 0, "archived", 11);
            var search = List.<Object>of("\"m\"*", "m%", "m%");
            for (var sql : java.util.Map.of(SqliteCustomerStore.MATCHING, lookup,
                    "SELECT * FROM customer WHERE customer_no IN (" + SqliteCustomerStore.FOUND + ")", search).entrySet()) {
                List<String> plan = db.statements().query("plan", "EXPLAIN QUERY PLAN " + sql.getKey(), rs -> rs.getString(4),
                        sql.getValue().toArray());
                assertThat(plan).as(String.join("\n", plan)).noneMatch(step -> step.matches("SCAN (customer|c)( .*)?"))
                        .anyMatch(step -> step.contains("VIRTUAL TABLE INDEX") && step.contains("customer_words"))
                        .anyMatch(step -> step.contains("customer_id_nocase")).anyMatch(step -> step.contains("customer_email"));
            }
        }
    }

    @Test
    void what_is_typed_is_only_words_never_the_index_s_query_syntax() {
        List<String> hostile = List.of("x\" OR \"y", "NEAR(", "NEAR(a b, 2)", "name:foo", "company : x", "*", "^start", "a AND", "OR",
                "NOT x", "\"", "\"\"", "-x", "+", "(", ")", "{name company}: x", "x\u0000y", "\u001b[31m", "a\tb\nc", "'; DROP TABLE x; --");
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            db.inTransaction(() -> {
                int n = 0;
                for (String name : hostile) {
                    db.customers().insert(customer("H" + n++, name, ""));
                }
                db.customers().insert(customer("P1", "Plain Person", "Foo Name"));
            });
            for (String typed : hostile) {
                // Refused cleanly would do too; what must not happen is an error of the query's syntax.
                List<String> ids = found(db, typed);
                assertThat(ids).as(typed).doesNotContain("P1").allMatch(id -> id.startsWith("H"));
                listed(db, typed);
            }
            assertThat(found(db, "x\" OR \"y")).containsExactly("H0");
            assertThat(found(db, "NEAR(a b, 2)")).containsExactly("H2");
            assertThat(found(db, "name:foo")).containsExactly("H3");
            assertThat(found(db, "OR")).containsExactly("H0", "H8");
            assertThat(SqliteCustomerStore.wordsQuery("x\" OR \"y")).isEqualTo("\"x\"\"\"* \"OR\"* \"\"\"y\"*");
            assertThat(SqliteCustomerStore.wordsQuery(" \t\n")).isEqualTo("\"\"");
        }
    }

    @Test
    void the_index_follows_every_change_of_a_customer_and_its_undo() {
        try (SqliteStorage db = withMuellers()) {
            db.journal().attribute(Optional.of(ANNA));
            db.inTransaction(() -> db.customers().update(db.customers().find("C3").orElseThrow().toBuilder().name("Sarah Okafor").build()));
            assertThat(found(db, "mitchell")).isEmpty();
            assertThat(found(db, "okafor")).containsExactly("C3");
            assertThat(indexAgrees(db)).isTrue();

            db.journal().unrecorded(() -> db.inTransaction(() -> db.journal().reverse(db.journal().lastUndoable().orElseThrow(), ANNA)));
            assertThat(found(db, "mitchell")).containsExactly("C3");
            assertThat(found(db, "okafor")).isEmpty();
            assertThat(indexAgrees(db)).isTrue();

            db.inTransaction(() -> db.records().erase("C1"));
            assertThat(found(db, "jurgen")).isEmpty();
            assertThat(found(db, "muller")).containsExactly("C2");
            assertThat(indexAgrees(db)).isTrue();
        }
    }

    private static void imported(SqliteStorage db, List<Customer> customers) {
        db.inTransaction(() -> {
            try (var added = db.customers().newCustomers()) {
                for (Customer c : customers) {
                    List<String> fields = new ArrayList<>();
                    for (CustomerField f : CustomerField.values()) {
                        fields.add(f.read(c));
                    }
                    added.add(c, fields, List.of());
                }
            }
        });
    }

    @Test
    void a_bulk_load_builds_the_index_once_and_its_undo_empties_it() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            db.journal().attribute(Optional.of(ANNA));
            List<Customer> many = new ArrayList<>();
            for (int i = 1; i <= 2_000; i++) {
                many.add(customer(String.format("B%04d", i), "Name" + i + " Müller", "Firma " + i));
            }
            imported(db, many);
            assertThat(indexAgrees(db)).isTrue();
            assertThat(found(db, "name1234")).containsExactly("B1234");
            assertThat(db.customers().matching("muller", false, 11)).hasSize(11);
            assertThat(db.statements().query("read the schema", "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'customer_words%'",
                    rs -> rs.getString(1))).as("the triggers are back after the load").hasSize(3);

            imported(db, List.of(customer("B9999", "Late Comer", "")));
            assertThat(found(db, "comer")).as("a load into a table with customers goes row by row").containsExactly("B9999");
            assertThat(indexAgrees(db)).isTrue();

            for (int undo = 0; undo < 2; undo++) {
                db.journal().unrecorded(() -> db.inTransaction(() -> db.journal().reverse(db.journal().lastUndoable().orElseThrow(), ANNA)));
            }
            assertThat(db.customers().count()).isZero();
            assertThat(found(db, "muller")).isEmpty();
            assertThat(indexAgrees(db)).isTrue();
        }
    }
}
