package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.Policy;
import dev.rapport.storage.sqlite.SqliteStorage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code import customers} (SPEC §5) without files or the command line: rows in, customers upserted
 * and planned in one transaction, bad rows rejected with their line, strict and dry runs keeping nothing.
 */
class CustomerImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<String> HEADER = List.of("id", "name", "email", "tier", "owner", "since");

    private final Policy policy = Policy.reference();
    private final List<Rejected> rejected = new ArrayList<>();
    private SqliteStorage db;

    @BeforeEach
    void open() {
        db = SqliteStorage.inMemory();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Rows as a reader hands them over, the first on line 2, below the header. */
    private static TabularSource file(List<List<String>> rows) {
        Iterator<List<String>> next = rows.iterator();
        return new TabularSource() {
            private long line = 1;

            @Override
            public List<String> header() {
                return HEADER;
            }

            @Override
            public String name() {
                return "customers.csv";
            }

            @Override
            public double progress() {
                return -1;
            }

            @Override
            public boolean hasNext() {
                return next.hasNext();
            }

            @Override
            public SourceRow next() {
                return new SourceRow(++line, next.next());
            }

            @Override
            public void close() {
            }
        };
    }

    /** The columns of {@link #HEADER}, each the field of its name. */
    private static ImportCustomers.Mapping mapping() {
        return new ImportCustomers.Mapping(row -> {
            Map<CustomerField, String> fields = new EnumMap<>(CustomerField.class);
            for (int i = 0; i < HEADER.size(); i++) {
                String column = HEADER.get(i);
                CustomerField field = Arrays.stream(CustomerField.values()).filter(f -> f.key().equals(column)).findFirst().orElseThrow();
                fields.put(field, row.value(i));
            }
            return fields;
        }, List.of());
    }

    private static List<String> row(String... values) {
        return List.of(values);
    }

    private static final List<List<String>> THREE = List.of(
            row("C1", "Jürgen Müller", "j.mueller@example.de", "key", "anna", "2026-01-05"),
            row("C2", "Ada", "ada@example.org", "small", "bernd", "2026-02-02"),
            row("", "Grace Hopper", "Grace@navy.mil", "", "", ""));

    private ImportCustomers.Summary run(List<List<String>> rows, boolean strict, boolean dryRun) {
        return new ImportCustomers(Workspace.of(db, policy, TODAY)).run(file(rows), mapping(), new ImportCustomers.Options(false, strict, dryRun),
                rejected::add);
    }

    private ImportCustomers.Summary run(List<List<String>> rows) {
        return run(rows, false, false);
    }

    private static String counts(ImportCustomers.Summary s) {
        return "read " + s.read() + ", added " + s.added() + ", updated " + s.updated() + ", unchanged " + s.unchanged()
                + ", rejected " + s.rejected();
    }

    @Test
    void new_rows_become_customers_planned_from_the_day_they_came_and_the_summary_counts_them() {
        ImportCustomers.Summary summary = run(THREE);

        assertThat(counts(summary)).isEqualTo("read 3, added 3, updated 0, unchanged 0, rejected 0");
        Customer c1 = db.customers().find("C1").orElseThrow();
        assertThat(c1.name()).isEqualTo("Jürgen Müller");
        assertThat(c1.owner()).isEqualTo("anna");
        assertThat(db.schedule().of("C1")).isEqualTo(Map.of("call", LocalDate.of(2026, 1, 5), "visit", LocalDate.of(2026, 1, 5)));
        // No id: the e-mail is the key; no tier, no day: the policy's default tier, and today.
        Customer grace = db.customers().find("grace@navy.mil").orElseThrow();
        assertThat(grace.tier()).isEqualTo("ordinary");
        assertThat(grace.since()).isEqualTo(TODAY);
        assertThat(new CheckTallies(Workspace.of(db, dev.rapport.domain.Policy.reference(), java.time.LocalDate.of(2026, 1, 1))).differences()).isEmpty();
    }

    @Test
    void importing_the_same_rows_again_changes_nothing() {
        run(THREE);
        List<Customer> before = db.customers().list(CustomerQuery.ALL);

        ImportCustomers.Summary again = run(THREE);

        assertThat(counts(again)).isEqualTo("read 3, added 0, updated 0, unchanged 3, rejected 0");
        assertThat(db.customers().list(CustomerQuery.ALL)).isEqualTo(before);
    }

    @Test
    void a_changed_row_updates_its_customer_and_plans_it_again() {
        run(THREE);

        ImportCustomers.Summary changed = run(List.of(row("C1", "Jürgen Müller", "j.mueller@example.de", "small", "bernd", "2026-01-05")));

        assertThat(counts(changed)).isEqualTo("read 1, added 0, updated 1, unchanged 0, rejected 0");
        assertThat(db.customers().find("C1").orElseThrow().tier()).isEqualTo("small");
        assertThat(db.customers().find("C1").orElseThrow().owner()).isEqualTo("bernd");
        assertThat(db.schedule().of("C1")).as("small customers are only called").containsOnlyKeys("call");
        assertThat(new CheckTallies(Workspace.of(db, dev.rapport.domain.Policy.reference(), java.time.LocalDate.of(2026, 1, 1))).differences()).isEmpty();
    }

    @Test
    void bad_rows_are_rejected_with_their_line_and_reason_and_the_others_imported() {
        ImportCustomers.Summary summary = run(List.of(
                row("C1", "Jürgen Müller", "", "key", "", ""),
                row("C2", "", "", "key", "", ""),
                row("C3", "Ada", "", "gold", "", ""),
                row("C4", "Grace", "", "", "", "2026-02-30")));

        assertThat(counts(summary)).isEqualTo("read 4, added 1, updated 0, unchanged 0, rejected 3");
        assertThat(rejected).extracting(r -> r.row().line()).containsExactly(3L, 4L, 5L);
        assertThat(rejected.get(0).reason()).isEqualTo("no name and no e-mail");
        assertThat(rejected.get(1).reason()).contains("unknown tier \"gold\"");
        assertThat(rejected.get(2).reason()).contains("2026-02-30");
        assertThat(db.customers().list(CustomerQuery.ALL)).extracting(Customer::id).containsExactly("C1");
    }

    @Test
    void a_key_given_twice_in_one_file_is_rejected_the_second_time() {
        ImportCustomers.Summary summary = run(List.of(row("C1", "Ada", "", "key", "", ""), row("C1", "Ada Lovelace", "", "key", "", "")));

        assertThat(counts(summary)).isEqualTo("read 2, added 1, updated 0, unchanged 0, rejected 1");
        assertThat(rejected).singleElement().satisfies(r -> assertThat(r.reason()).contains("appears earlier in this file"));
        assertThat(db.customers().find("C1").orElseThrow().name()).isEqualTo("Ada");
    }

    @Test
    void a_strict_import_stops_at_the_first_bad_row_and_keeps_nothing() {
        assertThatThrownBy(() -> run(List.of(THREE.get(0), row("C2", "", "", "key", "", ""), THREE.get(1)), true, false))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA))
                .hasMessage("customers.csv:3: no name and no e-mail; nothing was imported (--strict)");

        assertThat(db.customers().count()).isZero();
    }

    @Test
    void a_dry_run_says_what_it_would_do_and_keeps_nothing() {
        ImportCustomers.Summary summary = run(THREE, false, true);

        assertThat(counts(summary)).isEqualTo("read 3, added 3, updated 0, unchanged 0, rejected 0");
        assertThat(summary.dryRun()).isTrue();
        assertThat(db.customers().count()).isZero();
        assertThat(db.reports().coverage(dev.rapport.domain.ReportGroup.TIER)).isEmpty();
    }

    @Test
    void an_import_into_a_database_that_has_customers_adds_beside_them_and_updates_the_ones_it_names() {
        new AddCustomer(Workspace.of(db, policy, TODAY)).add(Map.of(CustomerField.ID, "C1", CustomerField.NAME, "J. Müller", CustomerField.TIER, "key",
                CustomerField.SINCE, "2026-01-05"));
        new AddCustomer(Workspace.of(db, policy, TODAY)).add(Map.of(CustomerField.ID, "C0", CustomerField.NAME, "Zero", CustomerField.TIER, "key"));

        ImportCustomers.Summary summary = run(THREE);

        assertThat(counts(summary)).isEqualTo("read 3, added 2, updated 1, unchanged 0, rejected 0");
        assertThat(db.customers().list(CustomerQuery.ALL)).extracting(Customer::id).containsExactly("C0", "C1", "C2", "grace@navy.mil");
        assertThat(db.customers().find("C1").orElseThrow().name()).isEqualTo("Jürgen Müller");
        assertThat(db.customers().matching("hopper", true, 10)).extracting(Customer::id).containsExactly("grace@navy.mil");
        assertThat(new CheckTallies(Workspace.of(db, dev.rapport.domain.Policy.reference(), java.time.LocalDate.of(2026, 1, 1))).differences()).isEmpty();
    }
}
