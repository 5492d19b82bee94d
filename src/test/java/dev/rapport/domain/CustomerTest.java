package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A customer's data (SPEC §2), its fields as text, its e-mail and its key. */
class CustomerTest {

    private static final LocalDate SINCE = LocalDate.of(2026, 1, 5);

    private static Customer.Builder anna() {
        return Customer.builder("anna", "Anna Berg", "key", SINCE);
    }

    // Building a customer

    @Test
    void a_new_customer_has_empty_text_fields_and_is_active() {
        Customer c = anna().build();

        assertThat(c.company()).isEmpty();
        assertThat(c.email()).isEmpty();
        assertThat(c.phone()).isEmpty();
        assertThat(c.address()).isEqualTo(Address.NONE);
        assertThat(c.timeZone()).isEmpty();
        assertThat(c.window()).isEqualTo(ContactWindow.ANY);
        assertThat(c.tags()).isEmpty();
        assertThat(c.cadence()).isEmpty();
        assertThat(c.lastContacts()).isEmpty();
        assertThat(c.status()).isEqualTo(Status.ACTIVE);
        assertThat(c.isActive()).isTrue();
        assertThat(c.since()).isEqualTo(SINCE);
        assertThat(c.spread()).isFalse();
    }

    @Test
    void text_fields_are_trimmed_and_null_becomes_empty() {
        Customer c = anna().name("  Anna Berg  ").company(null).phone(" +49 30 1234 ").build();

        assertThat(c.name()).isEqualTo("Anna Berg");
        assertThat(c.company()).isEmpty();
        assertThat(c.phone()).isEqualTo("+49 30 1234");
    }

    @Test
    void a_customer_with_neither_name_company_nor_email_is_rejected() {
        assertThatThrownBy(() -> Customer.builder("x1", "  ", "key", SINCE).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("customer x1 needs a name, a company or an e-mail");
    }

    @Test
    void a_company_or_an_email_alone_is_enough() {
        assertThat(Customer.builder("acme", "", "key", SINCE).company("ACME").build().company()).isEqualTo("ACME");
        assertThat(Customer.builder("b", "", "key", SINCE).email("b@example.com").build().email()).isEqualTo("b@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-anna", "anna berg", "a/b", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void an_id_that_is_not_a_key_is_rejected(String id) {
        assertThatThrownBy(() -> anna().id(id).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is not a customer id");
    }

    @Test
    void an_id_may_hold_letters_of_any_script_digits_dots_underscores_at_plus_and_dashes() {
        assertThat(anna().id("王-anna_2.b+c@d").build().id()).isEqualTo("王-anna_2.b+c@d");
        assertThat(anna().id("x".repeat(64)).build().id()).hasSize(64);
    }

    @Test
    void the_email_is_checked_and_its_domain_lower_cased() {
        assertThat(anna().email(" Anna.Berg@Example.COM ").build().email()).isEqualTo("Anna.Berg@example.com");
        assertThatThrownBy(() -> anna().email("anna@").build()).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void tags_are_trimmed_and_kept_once_in_their_order() {
        assertThat(anna().tags(java.util.List.of(" vip", "export ", "", "vip")).build().tags())
                .containsExactly("vip", "export");
    }

    @Test
    void a_customer_changed_through_its_builder_keeps_everything_else() {
        Customer before = anna().company("Berg AG").cadence(Channel.CALL, Period.days(14))
                .lastContacts(Map.of(Customer.ALL_CHANNELS, LocalDate.of(2025, 12, 1))).spread(true).build();

        Customer after = before.toBuilder().owner("jan").build();

        assertThat(after.owner()).isEqualTo("jan");
        assertThat(after.toBuilder().owner("").build()).isEqualTo(before);
    }

    @Test
    void a_spread_begins_on_the_day_given_or_on_since_when_that_is_later() {
        assertThat(anna().spread(true).build().spreadFrom()).contains(SINCE);
        assertThat(anna().spreadFrom(SINCE.plusYears(2)).build().spreadFrom()).contains(SINCE.plusYears(2));
        assertThat(anna().spreadFrom(SINCE.minusYears(2)).build().spreadFrom()).as("not before it was added").contains(SINCE);
        assertThat(anna().build().spread()).isFalse();
    }

    @Test
    void a_customer_is_immutable() {
        Customer c = anna().cadence(Channel.CALL, Period.days(14)).build();

        assertThatThrownBy(() -> c.cadence().put(Channel.VISIT, Period.NEVER)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    // Display name

    @Test
    void the_display_name_is_the_name() {
        assertThat(anna().company("Berg AG").email("anna@berg.de").build().displayName()).isEqualTo("Anna Berg");
    }

    @Test
    void without_a_name_the_display_name_is_the_company() {
        assertThat(anna().name("").company("Berg AG").email("anna@berg.de").build().displayName()).isEqualTo("Berg AG");
    }

    @Test
    void without_a_name_or_company_the_display_name_is_the_email() {
        assertThat(anna().name("").email("anna@berg.de").build().displayName()).isEqualTo("anna@berg.de");
    }

    // Imported last contacts

    @Test
    void the_last_contact_imported_for_a_channel_anchors_that_channel() {
        Customer c = anna().lastContacts(Map.of(
                "call", LocalDate.of(2026, 1, 10),
                Customer.ALL_CHANNELS, LocalDate.of(2025, 11, 2))).build();

        assertThat(c.importedLastContact(Channel.CALL)).contains(LocalDate.of(2026, 1, 10));
    }

    @Test
    void a_channel_without_its_own_last_contact_falls_back_to_the_all_channels_date() {
        Customer c = anna().lastContacts(Map.of(
                "call", LocalDate.of(2026, 1, 10),
                Customer.ALL_CHANNELS, LocalDate.of(2025, 11, 2))).build();

        assertThat(c.importedLastContact(Channel.VISIT)).contains(LocalDate.of(2025, 11, 2));
    }

    @Test
    void a_customer_without_imported_last_contacts_has_none() {
        Customer c = anna().lastContacts(Map.of("call", LocalDate.of(2026, 1, 10))).build();

        assertThat(c.importedLastContact(Channel.VISIT)).isEmpty();
        assertThat(anna().build().importedLastContact(Channel.CALL)).isEmpty();
    }

    // Fields as text

    static Stream<Arguments> fieldTexts() {
        return Stream.of(
                Arguments.of(CustomerField.ID, "anna-2"),
                Arguments.of(CustomerField.NAME, "Anna Berg-Schulz"),
                Arguments.of(CustomerField.COMPANY, "Berg & Söhne GmbH"),
                Arguments.of(CustomerField.EMAIL, "Anna.Berg@example.com"),
                Arguments.of(CustomerField.PHONE, "+49 30 123456"),
                Arguments.of(CustomerField.STREET, "Hauptstraße 1"),
                Arguments.of(CustomerField.CITY, "Berlin"),
                Arguments.of(CustomerField.REGION, "BE"),
                Arguments.of(CustomerField.POSTAL_CODE, "10115"),
                Arguments.of(CustomerField.COUNTRY, "DE"),
                Arguments.of(CustomerField.INDUSTRY, "printing"),
                Arguments.of(CustomerField.SIZE, "50-99"),
                Arguments.of(CustomerField.TIER, "major"),
                Arguments.of(CustomerField.OWNER, "jan"),
                Arguments.of(CustomerField.TIMEZONE, "Europe/Berlin"),
                Arguments.of(CustomerField.PREFERRED_CHANNEL, "visit"),
                Arguments.of(CustomerField.PREFERRED_DAYS, "Mon,Wed,Fri"),
                Arguments.of(CustomerField.PREFERRED_HOURS, "09:00-12:00,14:00-17:00"),
                Arguments.of(CustomerField.LISTENING_STYLE, "cooperative"),
                Arguments.of(CustomerField.TAGS, "vip;export"),
                Arguments.of(CustomerField.NEEDS, "faster delivery"),
                Arguments.of(CustomerField.NOTES, "prefers German"),
                Arguments.of(CustomerField.STATUS, "paused"),
                Arguments.of(CustomerField.SINCE, "2025-03-01"),
                Arguments.of(CustomerField.CADENCE, "call=2 weeks;visit=never"),
                Arguments.of(CustomerField.LAST_CONTACTED, "2026-01-10"),
                Arguments.of(CustomerField.LAST_CONTACTED, "call=2026-01-10;visit=2025-11-02"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("fieldTexts")
    void every_field_written_as_text_reads_back_as_the_same_text(CustomerField field, String text) {
        Customer.Builder builder = anna().company("Berg AG");

        field.write(builder, text);

        assertThat(field.read(builder.build())).isEqualTo(text);
    }

    @Test
    void every_field_has_a_round_trip_case() {
        assertThat(fieldTexts().map(a -> a.get()[0]).distinct()).containsExactlyInAnyOrder((Object[]) CustomerField.values());
    }

    @Test
    void written_fields_set_the_values_they_describe() {
        Customer.Builder b = anna();
        CustomerField.TIMEZONE.write(b, "Europe/Berlin");
        CustomerField.PREFERRED_DAYS.write(b, "mon-wed");
        CustomerField.LISTENING_STYLE.write(b, "Serious");
        CustomerField.CADENCE.write(b, "call = P2W; visit = never");
        CustomerField.TIER.write(b, " Major ");
        CustomerField.PREFERRED_CHANNEL.write(b, "phone");

        Customer c = b.build();

        assertThat(c.timeZone()).contains(TimeZoneName.parse("Europe/Berlin"));
        assertThat(c.window().days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        assertThat(c.listeningStyle()).contains(ListeningStyle.SERIOUS);
        assertThat(c.cadence()).containsExactly(Map.entry(Channel.CALL, Period.days(14)), Map.entry(Channel.VISIT, Period.NEVER));
        assertThat(c.tier()).isEqualTo("major");
        assertThat(c.preferredChannel()).contains(Channel.CALL);
    }

    @Test
    void blank_text_clears_an_optional_field() {
        Customer.Builder b = anna().timeZone(Optional.of(TimeZoneName.parse("UTC"))).listeningStyle(Optional.of(ListeningStyle.CASUAL))
                .status(Status.PAUSED);

        CustomerField.TIMEZONE.write(b, "");
        CustomerField.LISTENING_STYLE.write(b, " ");
        CustomerField.STATUS.write(b, "");
        CustomerField.LAST_CONTACTED.write(b, null);

        Customer c = b.build();
        assertThat(c.timeZone()).isEmpty();
        assertThat(c.listeningStyle()).isEmpty();
        assertThat(c.status()).isEqualTo(Status.ACTIVE);
        assertThat(c.lastContacts()).isEmpty();
    }

    static Stream<Arguments> invalidFieldTexts() {
        return Stream.of(
                Arguments.of(CustomerField.EMAIL, "anna@"),
                Arguments.of(CustomerField.EMAIL, "anna.example.com"),
                Arguments.of(CustomerField.TIMEZONE, "Mars/Olympus"),
                Arguments.of(CustomerField.TIMEZONE, "not a zone!"),
                Arguments.of(CustomerField.CADENCE, "call=3 mnths"),
                Arguments.of(CustomerField.CADENCE, "call"),
                Arguments.of(CustomerField.CADENCE, "Call Me=1 month"),
                Arguments.of(CustomerField.PREFERRED_DAYS, "Funday"),
                Arguments.of(CustomerField.PREFERRED_HOURS, "12-9"),
                Arguments.of(CustomerField.PREFERRED_CHANNEL, "carrier pigeon"),
                Arguments.of(CustomerField.LISTENING_STYLE, "loud"),
                Arguments.of(CustomerField.STATUS, "deleted"),
                Arguments.of(CustomerField.SINCE, "2026-02-30"),
                Arguments.of(CustomerField.SINCE, "01.03.2026"),
                Arguments.of(CustomerField.LAST_CONTACTED, "2026-02-30"),
                Arguments.of(CustomerField.LAST_CONTACTED, "call=2026-02-30"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidFieldTexts")
    void an_invalid_field_is_rejected_with_a_message_that_starts_with_its_key(CustomerField field, String text) {
        assertThatThrownBy(() -> field.write(anna(), text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith(field.key() + ": ");
    }

    @Test
    void the_rejection_says_what_is_wrong_with_the_value() {
        assertThatThrownBy(() -> CustomerField.EMAIL.write(anna(), "anna@"))
                .hasMessage("email: \"anna@\" is not an e-mail address");
        assertThatThrownBy(() -> CustomerField.SINCE.write(anna(), "2026-02-30"))
                .hasMessage("since: \"2026-02-30\" is not a date; use YYYY-MM-DD, e.g. 2026-03-01");
        assertThatThrownBy(() -> CustomerField.CADENCE.write(anna(), "call=3 mnths"))
                .hasMessage("cadence: \"3 mnths\" is not a period; use e.g. \"3 months\" or \"P3M\"");
        assertThatThrownBy(() -> CustomerField.TIMEZONE.write(anna(), "Mars/Olympus"))
                .hasMessage("timezone: \"Mars/Olympus\" is not a time zone; use an IANA name such as Europe/Berlin");
        assertThatThrownBy(() -> CustomerField.LISTENING_STYLE.write(anna(), "loud"))
                .hasMessage("listening_style: \"loud\" is not a listening style; use serious, casual, active or cooperative");
        assertThatThrownBy(() -> CustomerField.STATUS.write(anna(), "deleted"))
                .hasMessage("status: \"deleted\" is not a status; use active, paused or archived");
    }

    @Test
    void fields_are_found_by_key_in_any_case_with_dashes_or_underscores() {
        assertThat(CustomerField.byKey("postal-code")).contains(CustomerField.POSTAL_CODE);
        assertThat(CustomerField.byKey(" Preferred_Days ")).contains(CustomerField.PREFERRED_DAYS);
        assertThat(CustomerField.byKey("favourite colour")).isEmpty();
    }

    @Test
    void the_field_keys_are_the_stable_column_names() {
        assertThat(CustomerField.keys()).containsExactly("id", "name", "company", "email", "phone", "street", "city",
                "region", "postal_code", "country", "industry", "size", "tier", "owner", "timezone",
                "preferred_channel", "preferred_days", "preferred_hours", "listening_style", "tags", "needs", "notes",
                "status", "since", "cadence", "last_contacted");
    }

    // E-mail addresses

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "anna.berg@example.com", "x+tag@sub.example.org", "o'neil@example.ie",
            "müller@bücher.de", "王@例子.中国"})
    void addresses_that_mail_programs_accept_are_valid(String email) {
        assertThat(EmailAddress.isValid(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "anna", "anna@example", "anna.example.com", "a@@b.com", "a b@c.com", ".a@b.com",
            "a..b@c.com", "a.@b.com", "a@b.c", "a@-b.com", "@example.com"})
    void malformed_addresses_are_invalid(String email) {
        assertThat(EmailAddress.isValid(email)).isFalse();
    }

    @Test
    void a_missing_address_is_invalid() {
        assertThat(EmailAddress.isValid(null)).isFalse();
    }

    @Test
    void an_address_longer_than_254_characters_is_invalid() {
        String labels = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".com";

        assertThat(EmailAddress.isValid("a".repeat(64) + "@" + labels)).isFalse();
        assertThat(EmailAddress.isValid("a@" + labels)).isTrue();
    }

    @Test
    void normalising_trims_and_lower_cases_only_the_domain() {
        assertThat(EmailAddress.normalise("  Anna.Berg@Example.COM ")).isEqualTo("Anna.Berg@example.com");
    }

    @Test
    void normalising_nothing_gives_nothing() {
        assertThat(EmailAddress.normalise(null)).isEmpty();
        assertThat(EmailAddress.normalise("   ")).isEmpty();
    }

    @Test
    void normalising_a_malformed_address_is_an_error() {
        assertThatThrownBy(() -> EmailAddress.normalise("anna@example"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("\"anna@example\" is not an e-mail address");
    }

    // Keys made from names

    @Test
    void a_slug_drops_accents_lower_cases_and_joins_words_with_dashes() {
        assertThat(CustomerIds.slug("Jürgen Müller", "Grün GmbH")).isEqualTo("jurgen-muller-grun-gmbh");
    }

    @Test
    void a_slug_writes_sharp_s_as_ss() {
        assertThat(CustomerIds.slug("Straße", "Weiß AG")).isEqualTo("strasse-weiss-ag");
    }

    @Test
    void a_slug_keeps_letters_of_other_scripts() {
        assertThat(CustomerIds.slug("王小明", "北京科技")).isEqualTo("王小明-北京科技");
    }

    @Test
    void a_slug_collapses_punctuation_and_blanks_and_trims_dashes() {
        assertThat(CustomerIds.slug("  José  O'Neil ", "Café & Co.")).isEqualTo("jose-o-neil-cafe-co");
    }

    @Test
    void a_slug_is_a_valid_customer_id_of_at_most_64_characters() {
        String slug = CustomerIds.slug("Maximilian Alexander von und zu Hohenzollern-Sigmaringen", "Internationale Handelsgesellschaft");

        assertThat(slug).hasSizeLessThanOrEqualTo(64).doesNotEndWith("-");
        assertThat(CustomerIds.isValid(slug)).isTrue();
    }
}
