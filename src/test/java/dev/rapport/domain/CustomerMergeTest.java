package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How KEEP and its duplicate become one (issue 12 item 6): KEEP takes what it lacks, nothing of its own is lost. */
class CustomerMergeTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 5);

    private static Customer.Builder customer(String id, String name, String tier, LocalDate since) {
        return Customer.builder(id, name, tier, since);
    }

    @Test
    void keep_takes_only_the_fields_it_lacks() {
        Customer keep = customer("C1", "Ada Lovelace", "key", JAN).email("ada@example.org").owner("anna").notes("keep's notes").build();
        Customer dup = customer("C2", "A. Lovelace", "small", JAN).email("other@example.org").owner("bernd").phone("+44 20 7946 0000")
                .industry("computing").notes("dup's notes").listeningStyle(Optional.of(ListeningStyle.CASUAL)).build();

        CustomerMerge.Kept kept = CustomerMerge.keep(keep, dup);

        Customer c = kept.customer();
        assertThat(c.id()).isEqualTo("C1");
        assertThat(c.name()).isEqualTo("Ada Lovelace");
        assertThat(c.email()).isEqualTo("ada@example.org");
        assertThat(c.owner()).isEqualTo("anna");
        assertThat(c.tier()).isEqualTo("key");
        assertThat(c.notes()).isEqualTo("keep's notes");
        assertThat(c.phone()).isEqualTo("+44 20 7946 0000");
        assertThat(c.industry()).isEqualTo("computing");
        assertThat(c.listeningStyle()).contains(ListeningStyle.CASUAL);
        assertThat(kept.filled()).containsExactly("phone", "industry", "listening_style");
    }

    @Test
    void an_address_is_taken_whole_or_not_at_all() {
        Customer keepWithCity = customer("C1", "Ada", "key", JAN).address(Address.NONE.withCity("London")).build();
        Customer keepWithout = customer("C1", "Ada", "key", JAN).build();
        Customer dup = customer("C2", "Ada", "key", JAN).address(Address.NONE.withStreet("1 Main St").withCity("Leeds")).build();

        assertThat(CustomerMerge.keep(keepWithCity, dup).customer().address()).isEqualTo(Address.NONE.withCity("London"));
        assertThat(CustomerMerge.keep(keepWithout, dup).customer().address()).isEqualTo(dup.address());
    }

    @Test
    void lists_and_dates_combine() {
        Customer keep = customer("C1", "Ada", "key", LocalDate.of(2025, 6, 1)).tags(List.of("vip", "eu"))
                .cadence(Channel.CALL, Period.parse("2 weeks"))
                .lastContacts(Map.of("call", LocalDate.of(2026, 3, 1), "visit", LocalDate.of(2026, 1, 1))).build();
        Customer dup = customer("C2", "Ada", "key", LocalDate.of(2024, 5, 1)).tags(List.of("eu", "fair"))
                .cadence(Channel.CALL, Period.parse("1 week")).cadence(Channel.VISIT, Period.parse("1 year"))
                .lastContacts(Map.of("call", LocalDate.of(2026, 2, 1), "visit", LocalDate.of(2026, 4, 1))).build();

        Customer c = CustomerMerge.keep(keep, dup).customer();

        assertThat(c.tags()).containsExactly("vip", "eu", "fair");
        assertThat(c.cadence()).containsEntry(Channel.CALL, Period.parse("2 weeks")).containsEntry(Channel.VISIT, Period.parse("1 year"));
        assertThat(c.lastContacts()).containsEntry("call", LocalDate.of(2026, 3, 1)).containsEntry("visit", LocalDate.of(2026, 4, 1));
        assertThat(c.since()).as("known since the earlier of the two").isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void a_keep_that_lacks_nothing_stays_as_it_is() {
        Customer keep = customer("C1", "Ada", "key", JAN).email("ada@example.org").build();
        Customer dup = customer("C2", "Ada", "small", LocalDate.of(2026, 2, 1)).email("ada@example.org").build();

        CustomerMerge.Kept kept = CustomerMerge.keep(keep, dup);

        assertThat(kept.customer()).isEqualTo(keep);
        assertThat(kept.filled()).isEmpty();
    }

    @Test
    void the_duplicate_is_archived_and_says_whom_it_was_merged_into() {
        Customer dup = customer("C2", "Ada", "key", JAN).tags(List.of("fair")).build();

        Customer archived = CustomerMerge.archive(dup, "C1");

        assertThat(archived.status()).isEqualTo(Status.ARCHIVED);
        assertThat(archived.tags()).containsExactly("fair", "merged-into:C1");
        assertThat(CustomerMerge.mergedInto(archived)).contains("C1");
        assertThat(CustomerMerge.mergedInto(dup)).isEmpty();
        assertThat(CustomerMerge.mergedInto(customer("C3", "X", "key", JAN).tags(List.of("merged-into:not an id")).build())).isEmpty();
    }
}
