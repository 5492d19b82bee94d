package dev.rapport.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.CustomerQuery;
import dev.rapport.domain.Address;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactWindow;
import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.DuplicateKeys;
import dev.rapport.domain.ListeningStyle;
import dev.rapport.domain.Period;
import dev.rapport.domain.Status;
import dev.rapport.domain.TimeZoneName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link dev.rapport.app.CustomerStore}: customers by their id, listed, looked up by what people type. */
abstract class CustomerStoreContract extends PortContract {

    /** A customer with every field given, in several scripts, with quotes, a comma and a line break. */
    static Customer everyField() {
        return Customer.builder("C-1", "Jürgen Müller", "key", LocalDate.of(2024, 4, 3))
                .company("Müller & Söhne GmbH").email("j.mueller@example.de").phone("+49 30 1234567")
                .address(new Address("Hauptstraße 5", "Berlin", "BE", "10115", "DE"))
                .industry("Maschinenbau").size("50-200").owner("anna")
                .timeZone(Optional.of(TimeZoneName.parse("Europe/Berlin"))).preferredChannel(Optional.of(Channel.VISIT))
                .window(new ContactWindow(ContactWindow.parseDays("mon,wed"), ContactWindow.parseHours("9-12")))
                .listeningStyle(Optional.of(ListeningStyle.COOPERATIVE)).tags(List.of("dach", "import"))
                .needs("Ersatzteile für die Presse").notes("line one\nline \"two\", with comma; 王芳 ☎ 🚀")
                .status(Status.PAUSED).cadence(Channel.VISIT, Period.NEVER).cadence(Channel.CALL, Period.parse("2 weeks"))
                .lastContacts(Map.of(Customer.ALL_CHANNELS, LocalDate.of(2026, 10, 28), "visit", LocalDate.of(2026, 5, 2)))
                .spreadFrom(LocalDate.of(2026, 11, 23))
                .build();
    }

    private void insert(Customer... customers) {
        write(() -> {
            for (Customer c : customers) {
                db.customers().insert(c);
            }
        });
    }

    private static Customer named(String id, String name, String company) {
        return Customer.builder(id, name, "key", SINCE).company(company).build();
    }

    private static CustomerQuery query(Optional<String> tier, Optional<String> owner, Optional<Status> status, Optional<String> tag,
                                       Optional<String> text, int limit) {
        return new CustomerQuery(tier, owner, status, tag, text, limit);
    }

    private static List<String> ids(List<Customer> customers) {
        return customers.stream().map(Customer::id).toList();
    }

    @Test
    void a_customer_added_is_read_back_with_every_field() {
        insert(everyField());

        assertThat(db.customers().find("C-1")).contains(everyField());
    }

    @Test
    void a_customer_given_only_an_id_a_name_a_tier_and_a_day_is_read_back_with_every_other_value_absent() {
        Customer bare = Customer.builder("C2", "Ada", "small", SINCE).build();
        insert(bare);

        Customer read = db.customers().find("C2").orElseThrow();
        assertThat(read).isEqualTo(bare);
        assertThat(read.timeZone()).isEmpty();
        assertThat(read.preferredChannel()).isEmpty();
        assertThat(read.listeningStyle()).isEmpty();
        assertThat(read.spreadFrom()).isEmpty();
        assertThat(read.tags()).isEmpty();
        assertThat(read.cadence()).isEmpty();
        assertThat(read.lastContacts()).isEmpty();
        assertThat(read.address()).isEqualTo(Address.NONE);
        assertThat(read.window()).isEqualTo(ContactWindow.ANY);
    }

    @Test
    void a_customer_is_found_by_its_id_exactly_as_it_was_given() {
        insert(everyField());

        assertThat(db.customers().find("c-1")).isEmpty();
        assertThat(db.customers().find("C-")).isEmpty();
        assertThat(db.customers().find("C-1")).isPresent();
    }

    @Test
    void exists_says_whether_an_id_is_taken() {
        insert(customer("C1"));

        assertThat(db.customers().exists("C1")).isTrue();
        assertThat(db.customers().exists("C2")).isFalse();
    }

    @Test
    void count_counts_every_customer_archived_and_paused_ones_too() {
        assertThat(db.customers().count()).isZero();
        insert(customer("C1"), customer("C2").toBuilder().status(Status.ARCHIVED).build(),
                customer("C3").toBuilder().status(Status.PAUSED).build());

        assertThat(db.customers().count()).isEqualTo(3);
    }

    @Test
    void adding_an_id_that_is_taken_fails_and_keeps_the_customer_there_was() {
        insert(customer("C1"));

        assertThatThrownBy(() -> insert(named("C1", "Somebody Else", "")));

        assertThat(db.customers().find("C1")).contains(customer("C1"));
        assertThat(db.customers().count()).isOne();
    }

    @Test
    void an_update_replaces_every_field_of_the_customer_with_that_id() {
        insert(everyField(), customer("C2"));
        Customer changed = Customer.builder("C-1", "Jürgen Müller-Lüdenscheidt", "small", LocalDate.of(2025, 2, 1))
                .company("").email("jml@example.org").phone("").owner("bernd").status(Status.ACTIVE)
                .timeZone(Optional.of(TimeZoneName.parse("Asia/Tokyo"))).tags(List.of("vip")).notes("")
                .cadence(Channel.EMAIL, Period.parse("1 month"))
                .build();

        write(() -> db.customers().update(changed));

        assertThat(db.customers().find("C-1")).contains(changed);
        assertThat(db.customers().find("C2")).contains(customer("C2"));
        assertThat(db.customers().count()).isEqualTo(2);
    }

    @Test
    void an_update_keeps_the_day_a_spread_begins() {
        Customer spread = customer("C1").toBuilder().since(LocalDate.of(2019, 6, 3)).spreadFrom(LocalDate.of(2026, 11, 23)).build();
        insert(spread);

        write(() -> db.customers().update(spread.toBuilder().since(LocalDate.of(2020, 1, 1)).build()));

        assertThat(db.customers().find("C1").flatMap(Customer::spreadFrom)).contains(LocalDate.of(2026, 11, 23));
    }

    @Test
    void an_update_of_a_customer_that_is_not_there_fails_and_adds_nobody() {
        assertThatThrownBy(() -> write(() -> db.customers().update(customer("C9"))));

        assertThat(db.customers().exists("C9")).isFalse();
        assertThat(db.customers().count()).isZero();
    }

    @Test
    void list_returns_every_customer_ordered_by_id_whatever_the_order_they_were_added_in() {
        insert(customer("C3"), customer("A1"), customer("C10"), customer("B2"));

        assertThat(ids(db.customers().list(CustomerQuery.ALL))).containsExactly("A1", "B2", "C10", "C3");
    }

    @Test
    void list_stops_at_the_limit_keeping_the_first_by_id() {
        insert(customer("C3"), customer("C1"), customer("C2"));

        assertThat(ids(db.customers().list(query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 2)))).containsExactly("C1", "C2");
    }

    @Test
    void list_filters_by_tier_owner_status_and_whole_tag() {
        insert(customer("C1").toBuilder().tier("small").owner("anna").tags(List.of("import", "dach")).build(),
                customer("C2").toBuilder().owner("anna").tags(List.of("importer")).build(),
                customer("C3").toBuilder().owner("bernd").status(Status.ARCHIVED).tags(List.of("dach")).build(),
                customer("C4"));
        var none = Optional.<String>empty();

        assertThat(ids(db.customers().list(query(Optional.of("small"), none, Optional.empty(), none, none, 99)))).containsExactly("C1");
        assertThat(ids(db.customers().list(query(none, Optional.of("anna"), Optional.empty(), none, none, 99)))).containsExactly("C1", "C2");
        assertThat(ids(db.customers().list(query(none, none, Optional.of(Status.ARCHIVED), none, none, 99)))).containsExactly("C3");
        assertThat(ids(db.customers().list(query(none, none, Optional.empty(), Optional.of("import"), none, 99)))).containsExactly("C1");
        assertThat(ids(db.customers().list(query(none, none, Optional.empty(), Optional.of("dach"), none, 99)))).containsExactly("C1", "C3");
        assertThat(ids(db.customers().list(query(none, Optional.of("anna"), Optional.of(Status.ACTIVE), Optional.of("dach"), none, 99))))
                .containsExactly("C1");
        assertThat(ids(db.customers().list(query(none, none, Optional.empty(), Optional.of("%"), none, 99)))).isEmpty();
    }

    @Test
    void list_with_text_finds_what_matching_finds_archived_customers_too() {
        insert(named("C1", "Jürgen Müller", ""), named("C2", "Anna Schmidt", "Müller GmbH").toBuilder().status(Status.ARCHIVED).build(),
                named("C3", "Bernd", "Acme"));

        assertThat(ids(db.customers().list(query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("mul"), 99)))).containsExactly("C1", "C2");
    }

    @Test
    void for_each_feeds_the_customers_that_list_returns_in_the_same_order() {
        insert(customer("C3"), customer("C1").toBuilder().owner("anna").build(), customer("C2").toBuilder().owner("anna").build());
        CustomerQuery anna = query(Optional.empty(), Optional.of("anna"), Optional.empty(), Optional.empty(), Optional.empty(), 99);
        List<Customer> fed = new ArrayList<>();

        db.customers().forEach(anna, fed::add);

        assertThat(fed).isEqualTo(db.customers().list(anna));
        assertThat(ids(fed)).containsExactly("C1", "C2");
    }

    @Test
    void matching_finds_the_start_of_a_word_of_the_name_or_the_company_ignoring_case_and_accents() {
        insert(named("C1", "Jürgen Müller", ""), named("C2", "Anna Schmidt", "Müller GmbH"), named("C3", "Mullins", ""),
                named("C4", "Hamüller", ""), named("C5", "王芳", "上海星辰贸易"));

        assertThat(ids(db.customers().matching("mül", true, 10))).containsExactly("C1", "C2", "C3");
        assertThat(ids(db.customers().matching("MULLER", true, 10))).containsExactly("C1", "C2");
        assertThat(ids(db.customers().matching("anna gmbh", true, 10))).containsExactly("C2");
        assertThat(ids(db.customers().matching("jürgen schmidt", true, 10))).isEmpty();
        assertThat(ids(db.customers().matching("王", true, 10))).containsExactly("C5");
    }

    @Test
    void matching_finds_the_start_of_the_id_or_the_e_mail_ignoring_case_with_wildcards_taken_literally() {
        insert(named("X_1", "100% Juice", "").toBuilder().email("sales@juice.example").build(), named("XA1", "Other", ""),
                named("C1", "Ada", "").toBuilder().email("ada@example.org").build());

        assertThat(ids(db.customers().matching("x_", true, 10))).containsExactly("X_1");
        // Ids sort by their characters' codes, as String.compareTo does, not by a language's rules: 'A' before '_'.
        assertThat(ids(db.customers().matching("x", true, 10))).containsExactly("XA1", "X_1");
        assertThat(ids(db.customers().matching("ADA@", true, 10))).containsExactly("C1");
        assertThat(ids(db.customers().matching("sales@", true, 10))).containsExactly("X_1");
        assertThat(ids(db.customers().matching("100%", true, 10))).containsExactly("X_1");
        assertThat(db.customers().matching("%", true, 10)).isEmpty();
    }

    @Test
    void matching_leaves_archived_customers_out_unless_asked_for_them() {
        insert(named("C1", "Ada Lovelace", ""), named("C2", "Ada Byron", "").toBuilder().status(Status.ARCHIVED).build(),
                named("C3", "Ada King", "").toBuilder().status(Status.PAUSED).build());

        assertThat(ids(db.customers().matching("ada", false, 10))).containsExactly("C1", "C3");
        assertThat(ids(db.customers().matching("ada", true, 10))).containsExactly("C1", "C2", "C3");
    }

    @Test
    void matching_returns_at_most_the_limit_ordered_by_id() {
        for (int i = 9; i >= 0; i--) {
            insert(named("C" + i, "Ada " + i, ""));
        }

        List<Customer> found = db.customers().matching("ada", true, 3);

        assertThat(found).hasSize(3);
        assertThat(ids(found)).isSorted().allMatch(id -> id.startsWith("C"));
    }

    @Test
    void a_customer_renamed_is_found_by_its_new_name_and_no_longer_by_the_old_one() {
        insert(named("C1", "Ada Lovelace", ""));

        write(() -> db.customers().update(named("C1", "Grace Hopper", "")));

        assertThat(db.customers().matching("lovelace", true, 10)).isEmpty();
        assertThat(ids(db.customers().matching("hopper", true, 10))).containsExactly("C1");
    }

    @Test
    void owners_are_those_that_start_with_the_prefix_ignoring_case_each_once_in_order() {
        insert(customer("C1").toBuilder().owner("anna").build(), customer("C2").toBuilder().owner("Andreas").build(),
                customer("C3").toBuilder().owner("anna").build(), customer("C4").toBuilder().owner("bernd").build(), customer("C5"));

        assertThat(db.customers().owners("an", 10)).containsExactly("Andreas", "anna");
        assertThat(db.customers().owners("AN", 10)).hasSize(2);
        assertThat(db.customers().owners("", 10)).contains("anna", "Andreas", "bernd").doesNotContain("");
        assertThat(db.customers().owners("an", 1)).hasSize(1);
        assertThat(db.customers().owners("z", 10)).isEmpty();
    }

    @Test
    void the_channels_of_the_customers_cadence_overrides_are_known() {
        Channel telegram = new Channel("telegram");
        insert(customer("C1").toBuilder().cadence(telegram, Period.parse("2 weeks")).cadence(Channel.VISIT, Period.NEVER).build(),
                customer("C2").toBuilder().cadence(Channel.VISIT, Period.parse("1 year")).build(), customer("C3"));

        assertThat(db.customers().cadenceChannels()).containsExactly(telegram, Channel.VISIT);
        assertThat(db.customers().inSomeCadence(telegram)).isTrue();
        assertThat(db.customers().inSomeCadence(new Channel("tele"))).isFalse();
        assertThat(db.customers().inSomeCadence(Channel.CALL)).isFalse();
    }

    @Test
    void likely_pairs_pair_each_customer_with_the_earliest_one_added_before_it_once_per_pair_with_every_reason() {
        insert(named("C3", "Ada Lovelace", "Analytical").toBuilder().phone("+49 30 1234567").build(),
                named("C1", "Grace", "").toBuilder().phone("030 123 45 67").email("grace@example.org").build(),
                named("C2", "ADA LOVELACE", "analytical").toBuilder().email("Grace@Example.org").phone("+49 30 1234567").build(),
                named("C4", "Someone", "Else").toBuilder().phone("+1 212 555 1234").build());
        List<String> pairs = new ArrayList<>();

        db.customers().likelyPairs(DuplicateKeys::of, p -> pairs.add(p.keep().id() + "<" + p.duplicate().id() + " " + p.reasons()));

        assertThat(pairs).containsExactlyInAnyOrder(
                "C3<C1 " + Set.of(DuplicateKeys.Reason.PHONE),
                "C3<C2 " + java.util.EnumSet.of(DuplicateKeys.Reason.PHONE, DuplicateKeys.Reason.NAME_AND_COMPANY),
                "C1<C2 " + Set.of(DuplicateKeys.Reason.EMAIL));
        assertThat(pairs.indexOf("C1<C2 " + Set.of(DuplicateKeys.Reason.EMAIL))).as("pairs come in the order their first was added")
                .isEqualTo(2);
    }

    @Test
    void customers_added_in_bulk_are_read_back_as_added_with_their_first_plan() {
        Customer full = everyField();
        Customer bare = customer("C2");
        var planner = new dev.rapport.app.Planner(db, POLICY);
        write(() -> {
            try (var added = db.customers().newCustomers()) {
                for (Customer c : List.of(full, bare)) {
                    List<String> fields = new ArrayList<>();
                    for (CustomerField f : CustomerField.values()) {
                        fields.add(f.read(c));
                    }
                    added.add(c, fields, planner.computeNew(c));
                }
            }
        });

        assertThat(db.customers().find("C-1")).contains(full);
        assertThat(db.customers().find("C2")).contains(bare);
        assertThat(db.customers().count()).isEqualTo(2);
        assertThat(db.schedule().of("C2")).containsOnlyKeys("call", "visit").containsEntry("call", SINCE);
        assertThat(ids(db.customers().matching("müller", true, 10))).containsExactly("C-1");
    }
}
