package dev.rapport.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.rapport.app.SourceRow;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.InvalidValueException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which column of a customer file holds which field (SPEC §5, header aliases). */
class CustomerColumnsTest {

    @Test
    void headers_are_compared_without_case_spaces_or_punctuation() {
        assertThat(CustomerColumns.normalise("E-mail 1 - Value")).isEqualTo("email1value");
        assertThat(CustomerColumns.normalise("E_Mail")).isEqualTo("email");
        assertThat(CustomerColumns.normalise("  Home Country/Region ")).isEqualTo("homecountryregion");
        assertThat(CustomerColumns.normalise("Straße")).isEqualTo("straße");
    }

    @Test
    void email_columns_of_every_export_find_the_email() {
        for (String header : List.of("email", "Email", "E-mail", "E-Mail", "e_mail", "E-mail Address", "E-mail 1 - Value",
                "Primary Email", "Email Work")) {
            assertThat(columns(header).column(CustomerField.EMAIL)).as(header).contains(0);
        }
    }

    @Test
    void an_email_type_column_is_not_an_address() {
        CustomerColumns google = columns("E-mail 1 - Type", "E-mail 1 - Value", "E-mail 2 - Type", "E-mail 2 - Value");

        assertThat(google.column(CustomerField.EMAIL)).contains(1);
        assertThat(google.ignored()).containsExactly("E-mail 1 - Type", "E-mail 2 - Type");
        assertThat(fields(google, "* Work", "", "* Home", "maria.santos@example.ph"))
                .contains(entry(CustomerField.EMAIL, "maria.santos@example.ph"));
    }

    @Test
    void the_first_non_empty_of_several_email_or_phone_columns_wins() {
        CustomerColumns datablist = columns("Phone 1", "Phone 2", "Email");

        assertThat(fields(datablist, "", "001-353-555-0190", "mwhitfield@example.ie"))
                .contains(entry(CustomerField.PHONE, "001-353-555-0190"));
        assertThat(fields(datablist, "+43-1-555-0142", "(512)555-0178", "h@example.at"))
                .contains(entry(CustomerField.PHONE, "+43-1-555-0142"));
    }

    @Test
    void of_a_google_list_of_values_the_first_counts() {
        CustomerColumns google = columns("E-mail 1 - Value", "Phone 1 - Value");

        assertThat(fields(google, "w.schaefer@schaefer-bau.de ::: wolfgang@gmail.com", " ::: +49 89 2211 300"))
                .contains(entry(CustomerField.EMAIL, "w.schaefer@schaefer-bau.de"),
                        entry(CustomerField.PHONE, "+49 89 2211 300"));
    }

    @Test
    void google_groups_become_tags_without_their_markers() {
        CustomerColumns google = columns("Name", "Group Membership");

        assertThat(fields(google, "Wolfgang Schäfer", "* myContacts ::: Kunden ::: Bau Süd"))
                .contains(entry(CustomerField.TAGS, "myContacts;Kunden;Bau Süd"));
    }

    @Test
    void work_details_are_preferred_to_home_ones_whatever_the_column_order() {
        CustomerColumns outlook = columns("First Name", "Last Name", "Home Phone", "Business Phone", "Home City",
                "Business City", "E-mail Address");

        assertThat(fields(outlook, "Sabine", "Krüger", "+49 331 555 1200", "+49 30 901 2000", "Potsdam", "Berlin", ""))
                .contains(entry(CustomerField.PHONE, "+49 30 901 2000"), entry(CustomerField.CITY, "Berlin"));
        // No business details: the home ones.
        assertThat(fields(outlook, "Tomás", "Ortega", "+34 91 555 0100", "", "Madrid", "", ""))
                .contains(entry(CustomerField.PHONE, "+34 91 555 0100"), entry(CustomerField.CITY, "Madrid"));
    }

    @Test
    void the_street_is_preferred_to_a_formatted_address() {
        CustomerColumns google = columns("Address 1 - Formatted", "Address 1 - Street");

        assertThat(fields(google, "Leopoldstraße 12\n80802 München", "Leopoldstraße 12"))
                .contains(entry(CustomerField.STREET, "Leopoldstraße 12"));
    }

    @Test
    void a_name_is_composed_from_given_middle_and_family_names_when_no_column_gives_it_whole() {
        CustomerColumns thunderbird = columns("First Name", "Last Name", "Display Name", "Middle Name");

        assertThat(fields(thunderbird, "Ingrid", "Solberg", "", "Marie"))
                .contains(entry(CustomerField.NAME, "Ingrid Marie Solberg"));
        assertThat(fields(thunderbird, "Hans", "Becker", "Hans Becker (Druck)", ""))
                .contains(entry(CustomerField.NAME, "Hans Becker (Druck)"));
        assertThat(fields(thunderbird, "", "Becker", "", "")).contains(entry(CustomerField.NAME, "Becker"));
        assertThat(thunderbird.has(CustomerField.NAME)).isTrue();
    }

    @Test
    void last_channel_columns_set_the_last_contact_of_that_channel() {
        CustomerColumns history = columns("Name", "Last Contacted", "last_call", "Last Visit");

        assertThat(history.has(CustomerField.LAST_CONTACTED)).isTrue();
        assertThat(fields(history, "Lena", "2026-09-01", "2026-10-12", ""))
                .contains(entry(CustomerField.LAST_CONTACTED, "*=2026-09-01;call=2026-10-12"));
        assertThat(fields(history, "Lars", "", "", "2026-08-03"))
                .contains(entry(CustomerField.LAST_CONTACTED, "visit=2026-08-03"));
        assertThat(fields(history, "Lea", "", "", "")).contains(entry(CustomerField.LAST_CONTACTED, ""));
    }

    @Test
    void last_updated_is_not_a_channel() {
        CustomerColumns crm = columns("Name", "Last Updated", "Last Name");

        assertThat(crm.has(CustomerField.LAST_CONTACTED)).isFalse();
        assertThat(crm.ignored()).containsExactly("Last Updated");
        assertThat(fields(crm, "", "2026-11-01", "Raman")).doesNotContainKey(CustomerField.LAST_CONTACTED)
                .contains(entry(CustomerField.NAME, "Raman"));
    }

    @Test
    void a_create_date_with_a_time_is_read_as_its_date() {
        CustomerColumns crm = columns("Contact ID", "Email", "Create Date", "Last Activity Date");

        assertThat(fields(crm, "1001", "priya@example.in", "2023-05-01 10:32", "2026-10-01T14:00:00Z"))
                .contains(entry(CustomerField.ID, "1001"), entry(CustomerField.SINCE, "2023-05-01"),
                        entry(CustomerField.LAST_CONTACTED, "2026-10-01"));
    }

    @Test
    void crm_columns_find_id_phone_and_owner() {
        CustomerColumns crm = columns("Contact ID", "Phone Number", "Mobile Phone Number", "Contact Owner", "Customer Id");

        assertThat(crm.column(CustomerField.ID)).contains(0);
        assertThat(crm.column(CustomerField.PHONE)).contains(1);
        assertThat(crm.column(CustomerField.OWNER)).contains(3);
        assertThat(crm.ignored()).isEmpty();
    }

    @Test
    void unknown_columns_are_listed_in_file_order() {
        assertThat(columns("Index", "Customer Id", "Website", "Name", "Lifecycle Stage").ignored())
                .containsExactly("Index", "Website", "Lifecycle Stage");
    }

    @Test
    void every_field_key_is_a_column_under_its_own_name() {
        CustomerColumns all = new CustomerColumns(CustomerField.keys(), Map.of(), Map.of());

        assertThat(all.ignored()).isEmpty();
        for (int i = 0; i < CustomerField.values().length; i++) {
            CustomerField f = CustomerField.values()[i];
            assertThat(all.column(f)).as(f.key()).contains(i);
        }
    }

    @Test
    void an_explicit_mapping_wins_over_the_aliases() {
        CustomerColumns mapped = new CustomerColumns(List.of("Email", "Work Email", "Kunde"),
                Map.of("email", "Work Email", "name", "Kunde"), Map.of());

        assertThat(mapped.column(CustomerField.EMAIL)).contains(1);
        assertThat(mapped.column(CustomerField.NAME)).contains(2);
        assertThat(fields(mapped, "heike@gmail.com", "", "Heike Vogt"))
                .contains(entry(CustomerField.EMAIL, ""), entry(CustomerField.NAME, "Heike Vogt"));
    }

    @Test
    void a_mapping_finds_its_column_without_case_or_punctuation() {
        CustomerColumns mapped = new CustomerColumns(List.of("Kunden-Nr.", "Name"), Map.of("id", "kundennr"), Map.of());

        assertThat(mapped.column(CustomerField.ID)).contains(0);
    }

    @Test
    void a_mapping_to_no_column_leaves_the_field_out_and_ignores_the_column_an_alias_finds() {
        CustomerColumns mapped = new CustomerColumns(List.of("Customer Id", "First Name", "Last Name", "Subscription Date", "Last Call"),
                Map.of("since", "", "last_contacted", " "), Map.of());

        assertThat(mapped.has(CustomerField.SINCE)).isFalse();
        assertThat(mapped.has(CustomerField.LAST_CONTACTED)).isFalse();
        assertThat(mapped.ignored()).containsExactly("Subscription Date", "Last Call");
        assertThat(fields(mapped, "dB1001aC", "Vera", "Lindqvist", "2020-02-11", "2026-10-01"))
                .containsOnlyKeys(CustomerField.ID, CustomerField.NAME).contains(entry(CustomerField.NAME, "Vera Lindqvist"));
    }

    @Test
    void a_name_left_out_is_not_composed_from_its_parts() {
        CustomerColumns mapped = new CustomerColumns(List.of("Email", "First Name", "Last Name"), Map.of("name", ""), Map.of());

        assertThat(mapped.has(CustomerField.NAME)).isFalse();
        assertThat(mapped.ignored()).containsExactly("First Name", "Last Name");
    }

    @Test
    void a_mapping_to_no_field_or_from_no_column_is_refused() {
        assertThatThrownBy(() -> new CustomerColumns(List.of("Name"), Map.of("nosuchfield", "Name"), Map.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("there is no field \"nosuchfield\"");
        assertThatThrownBy(() -> new CustomerColumns(List.of("Name"), Map.of("email", "NoSuchColumn"), Map.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("the file has no column \"NoSuchColumn\"");
    }

    @Test
    void tier_values_are_translated_without_case_and_others_kept() {
        CustomerColumns segments = new CustomerColumns(List.of("Name", "Segment"), Map.of(), Map.of("A", "key", "b", "major"));

        assertThat(fields(segments, "Ann", "a")).contains(entry(CustomerField.TIER, "key"));
        assertThat(fields(segments, "Bob", "B")).contains(entry(CustomerField.TIER, "major"));
        assertThat(fields(segments, "Cy", "small")).contains(entry(CustomerField.TIER, "small"));
    }

    @Test
    void a_row_shorter_than_the_header_reads_empty_values() {
        CustomerColumns generic = columns("id", "name", "email", "phone");

        assertThat(fields(generic, "C1", "Ann")).contains(entry(CustomerField.ID, "C1"), entry(CustomerField.EMAIL, ""),
                entry(CustomerField.PHONE, ""));
        assertThat(generic.column(CustomerField.COUNTRY)).isEqualTo(Optional.empty());
    }

    // Two columns for one field: which are a choice, which are ambiguous.

    @Test
    void two_columns_with_one_name_but_for_case_and_punctuation_are_refused() {
        // The second was dropped silently: "Name" next to "name", "id,id", "First Name" twice.
        assertThatThrownBy(() -> columns("Name", "email", "name"))
                .isInstanceOf(AmbiguousColumnsException.class)
                .hasMessage("the columns \"Name\" and \"name\" both hold the name; keep one,"
                        + " or choose one with --map name=COLUMN");
        assertThatThrownBy(() -> columns("id", "name", "id"))
                .isInstanceOf(AmbiguousColumnsException.class)
                .hasMessage("the column \"id\" is there twice (columns 1 and 3); keep one");
        assertThatThrownBy(() -> columns("First Name", "Last Name", "First Name"))
                .isInstanceOf(AmbiguousColumnsException.class).hasMessageContaining("\"First Name\" is there twice");
        assertThatThrownBy(() -> columns("Name", "Last Call", "last_call"))
                .isInstanceOf(AmbiguousColumnsException.class)
                .hasMessageStartingWith("the columns \"Last Call\" and \"last_call\" both hold the last call");
    }

    @Test
    void a_column_named_after_a_field_next_to_another_name_for_it_is_refused() {
        assertThatThrownBy(() -> columns("E-mail 1 - Value", "name", "email"))
                .isInstanceOf(AmbiguousColumnsException.class)
                .hasMessage("the columns \"E-mail 1 - Value\" and \"email\" both hold the email; keep one,"
                        + " or choose one with --map email=COLUMN");
        assertThatThrownBy(() -> columns("id", "Contact ID"))
                .isInstanceOf(AmbiguousColumnsException.class).hasMessageContaining("both hold the id");
        assertThatThrownBy(() -> columns("Given Name", "First Name"))
                .isInstanceOf(AmbiguousColumnsException.class).hasMessageContaining("both hold the first name");
    }

    @Test
    void typed_and_numbered_columns_of_a_field_are_a_choice_not_a_conflict() {
        assertThat(columns("email", "E-mail 2 - Value", "Work Email").column(CustomerField.EMAIL)).contains(0);
        assertThat(columns("phone", "Mobile", "Home Phone", "Phone 2").column(CustomerField.PHONE)).contains(0);
        assertThat(columns("street", "Address 1 - Formatted").column(CustomerField.STREET)).contains(0);
        // Neither is named after the field: an export's own names, the first non-empty wins.
        assertThat(columns("Contact ID", "Customer Id").column(CustomerField.ID)).contains(0);
    }

    @Test
    void an_explicit_mapping_settles_what_would_be_ambiguous() {
        CustomerColumns mapped = new CustomerColumns(List.of("email", "E-mail 1 - Value"),
                Map.of("email", "E-mail 1 - Value"), Map.of());

        assertThat(mapped.column(CustomerField.EMAIL)).contains(1);
        assertThat(mapped.ignored()).containsExactly("email");
    }

    // Helpers.

    private static CustomerColumns columns(String... header) {
        return new CustomerColumns(List.of(header), Map.of(), Map.of());
    }

    private static Map<CustomerField, String> fields(CustomerColumns columns, String... values) {
        return columns.fields(new SourceRow(2, List.of(values)));
    }
}
