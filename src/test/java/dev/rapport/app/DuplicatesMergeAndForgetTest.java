package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.domain.Customer;
import dev.rapport.domain.DuplicateKeys;
import dev.rapport.domain.Policy;
import dev.rapport.storage.sqlite.SqliteStorage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The use cases of issue 12 items 6 and 7 on a database in memory: duplicates, merge, forget. */
class DuplicatesMergeAndForgetTest {

    private static final LocalDate SINCE = LocalDate.of(2026, 1, 5);
    private static final Journal.Command ANNA = new Journal.Command(LocalDateTime.of(2026, 11, 23, 9, 0), "anna", "rapport test");

    private static void add(SqliteStorage db, Customer... customers) {
        db.inTransaction(() -> {
            for (Customer c : customers) {
                db.customers().insert(c);
                new Planner(db, Policy.reference()).planNew(c);
            }
        });
    }

    @Test
    void a_group_of_n_customers_sharing_a_key_is_n_minus_one_pairs_each_with_the_first() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            db.inTransaction(() -> {
                for (int i = 0; i < 3000; i++) {
                    db.customers().insert(Customer.builder(String.format("C%04d", i), "Kunde " + i, "key", SINCE)
                            .phone(i % 2 == 0 ? "+49 30 1234567" : "030 123 45 67").build());
                }
            });
            List<DuplicateKeys.Pair> pairs = new ArrayList<>();

            new FindDuplicates(Workspace.of(db, Policy.reference(), ANNA)).pairs(pairs::add);

            assertThat(pairs).hasSize(2999);
            assertThat(pairs).extracting(p -> p.keep().id()).containsOnly("C0000");
            assertThat(pairs).extracting(DuplicateKeys.Pair::reasons).containsOnly(java.util.Set.of(DuplicateKeys.Reason.PHONE));
            assertThat(pairs.get(pairs.size() - 1).duplicate().id()).isEqualTo("C2999");
        }
    }

    @Test
    void merge_refuses_the_same_customer_twice_and_changes_nothing() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            add(db, Customer.builder("C1", "Ada", "key", SINCE).build());

            assertThatThrownBy(() -> new MergeCustomers(Workspace.of(db, Policy.reference(), ANNA)).merge(CustomerRef.of("C1"), CustomerRef.of("C1")))
                    .isInstanceOf(RapportException.class).hasMessage("cannot merge C1 with itself; name the customer to keep, then its duplicate")
                    .extracting(e -> ((RapportException) e).status()).isEqualTo(ExitStatus.USAGE);
            assertThat(db.customers().find("C1").orElseThrow().isActive()).isTrue();
        }
    }

    @Test
    void merge_says_what_it_moved_and_what_keep_took() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            add(db, Customer.builder("C1", "Ada", "key", SINCE).build(),
                    Customer.builder("C2", "Ada L.", "small", SINCE).email("ada@example.org").build());

            MergeCustomers.Merged merged = new MergeCustomers(Workspace.of(db, Policy.reference(), ANNA)).merge(CustomerRef.of("C1"), CustomerRef.of("C2"));

            assertThat(merged.filled()).containsExactly("email");
            assertThat(merged.keep().email()).isEqualTo("ada@example.org");
            assertThat(merged.duplicate().tags()).containsExactly("merged-into:C1");
            assertThat(merged.moved()).isEqualTo(new CustomerRecords.Moved(0, 0, 0, 0, 0, List.of()));
            assertThat(db.customers().find("C2").orElseThrow().status()).isEqualTo(dev.rapport.domain.Status.ARCHIVED);
        }
    }

    @Test
    void forget_leaves_one_entry_that_undo_refuses_and_marks_those_whose_changes_it_erased() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            db.journal().attribute(Optional.of(ANNA));
            add(db, Customer.builder("C1", "Ada Lovelace", "key", SINCE).build(), Customer.builder("C2", "Grace", "key", SINCE).build());
            db.journal().attribute(Optional.empty());

            ForgetCustomer.Erasure erasure = new ForgetCustomer(Workspace.of(db, Policy.reference(), ANNA)).forget(CustomerRef.of("C1"));

            assertThat(erasure.erased().customers()).isOne();
            assertThat(erasure.journal()).isEqualTo(new Journal.Erasure(1, 1));
            List<JournalEntry> journal = db.journal().latest(10);
            assertThat(journal).extracting(JournalEntry::command).containsExactly(ForgetCustomer.FORGET_LINE, ForgetCustomer.ERASED_LINE);
            assertThat(journal).extracting(e -> e.irreversible().isPresent()).containsExactly(true, true);
            assertThatThrownBy(() -> new UndoLastChange(Workspace.of(db, Policy.reference(), ANNA)).undo()).isInstanceOf(RapportException.class)
                    .hasMessageContaining("customer forget cannot be undone");
            assertThat(db.customers().find("C2")).isPresent();
        }
    }

    @Test
    void a_command_line_names_a_customer_by_its_id_name_e_mail_or_phone_as_whole_words() {
        var names = ForgetCustomer.naming(List.of(Customer.builder("C1", "Grace O'Hopper", "key", SINCE)
                .email("grace@example.org").phone("+1 212 555 1234").build()));

        assertThat(names).accepts("rapport log C1 --via call", "rapport customer add 'Grace O'\\''Hopper' --id C9",
                "rapport log GRACE@example.org --via email", "rapport customer edit C9 --phone '+1 212 555 1234'");
        assertThat(names).rejects("rapport log C10 --via call", "rapport customer add 'Grace O'\\''Hoppers'", "rapport log grace");
    }
}
