package dev.rapport.cli;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport import customers} (SPEC §5): the shapes real exports come in, mappings, keys and
 * upsert, last contacts, bad rows, and files that cannot be read. The fixtures are small files in
 * the shapes of real exports (generic list, datablist, Google Contacts, Outlook, Thunderbird, a
 * CRM, a European spreadsheet, a tab-separated file, a dirty file).
 */
class ImportCustomersTest {

    private static final String TODAY = "2026-11-23";

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void setUp() {
        rapport = new Rapport(home);
    }

    // The shapes of real exports, imported without a mapping.

    @Test
    void a_generic_list_imports_every_column_it_names_and_lists_the_unknown_ones_once() {
        String file = fixture("generic.csv");

        var run = rapport.run("import", "customers", file);

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(file + ": read 3, added 3, updated 0, unchanged 0, rejected 0\n"
                + "ignored columns: Umsatz 2025\n");
        var customers = customers();
        assertThat(customers.keySet()).containsExactly("C1", "C2", "C3");
        assertThat(customers.get("C1")).contains(entry("name", "王芳"), entry("company", "上海星辰贸易有限公司"),
                entry("email", "wang.fang@xingchen.cn"), entry("phone", "+86 21 5555 0101"), entry("tier", "key"),
                entry("owner", "anna"), entry("city", "上海"), entry("country", "CN"), entry("since", TODAY));
        assertThat(customers.get("C2")).contains(entry("name", "Jürgen Müller"),
                entry("company", "Müller, Söhne & Co. KG"), entry("email", "J.Mueller@mueller-soehne.de"),
                entry("tier", "major"), entry("owner", "bernd"),
                entry("notes", "Prefers \"Sie\", never before 9\nvisits only on Tuesdays"));
    }

    @Test
    void a_datablist_list_with_crlf_takes_its_customer_id_name_parts_first_phone_and_subscription_date() {
        String file = fixture("datablist.csv");

        var run = rapport.run("import", "customers", file);

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo(file + ": read 3, added 3, updated 0, unchanged 0, rejected 0\n"
                + "ignored columns: Index, Website\n");
        var customers = customers();
        assertThat(customers.keySet()).containsExactlyInAnyOrder("8aF3c61E0b2d94A", "E19d4C7f2A0b83c", "5b7A02eCd94F1e6");
        assertThat(customers.get("8aF3c61E0b2d94A")).contains(entry("name", "Helga Brandt"),
                entry("company", "Brandt, Vogel and Partner"), entry("email", "helga.brandt@example.at"),
                entry("phone", "+43-1-555-0142"), entry("city", "Lake Jessica"), entry("country", "Austria"),
                entry("since", "2021-03-14"));
        // Phone 1 is empty, so Phone 2 is the phone.
        assertThat(customers.get("E19d4C7f2A0b83c")).contains(entry("phone", "001-353-555-0190"),
                entry("since", "2022-11-02"));
        assertThat(customers.values()).allSatisfy(c -> assertThat(c.values()).noneMatch(v -> v.contains("\r")));
    }

    @Test
    void a_google_contacts_export_takes_the_first_address_of_a_list_and_composes_names_from_their_parts() {
        String file = fixture("google-contacts.csv");

        var run = rapport.run("import", "customers", file);

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).startsWith(file + ": read 3, added 3, updated 0, unchanged 0, rejected 0\n");
        var customers = customers();
        assertThat(customers.get("w.schaefer@schaefer-bau.de")).contains(entry("name", "Wolfgang Schäfer"),
                entry("company", "Schäfer Bau GmbH"), entry("email", "w.schaefer@schaefer-bau.de"),
                entry("phone", "+49 89 2211 300"), entry("street", "Leopoldstraße 12"), entry("city", "München"),
                entry("postal_code", "80802"), entry("country", "Deutschland"), entry("tags", "myContacts;Kunden"),
                entry("notes", "Met at \"bauma\" 2025"));
        // A contact with an e-mail and no name at all.
        assertThat(customers.get("einkauf@kleinhandel.de")).contains(entry("name", ""),
                entry("email", "einkauf@kleinhandel.de"));
        // No full name: given, additional and family name; the first non-empty of two e-mail columns.
        assertThat(customers.get("maria.santos@example.ph")).contains(entry("name", "Maria Cruz Santos"),
                entry("email", "maria.santos@example.ph"), entry("phone", "+63 917 555 0123"),
                entry("company", "Santos Trading"), entry("city", "Quezon City"), entry("country", "Philippines"));
    }

    @Test
    void a_google_contacts_export_lists_the_columns_it_ignores_once_and_reads_the_type_columns_as_no_address() {
        var run = rapport.run("import", "customers", fixture("google-contacts.csv"));

        List<String> ignored = ignoredColumns(run);
        assertThat(ignored).doesNotHaveDuplicates()
                .contains("E-mail 1 - Type", "E-mail 2 - Type", "Phone 1 - Type", "Address 1 - Type",
                        "Organization 1 - Title", "Website 1 - Value", "Yomi Name", "Birthday")
                .doesNotContain("Name", "Given Name", "Additional Name", "Family Name", "Notes", "Group Membership",
                        "E-mail 1 - Value", "E-mail 2 - Value", "Phone 1 - Value", "Phone 2 - Value",
                        "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City", "Address 1 - Postal Code",
                        "Address 1 - Country", "Organization 1 - Name");
    }

    @Test
    void a_google_group_membership_of_one_group_loses_its_star_marker() {
        rapport.run("import", "customers", fixture("google-contacts.csv"));

        assertThat(customers().get("einkauf@kleinhandel.de")).contains(entry("tags", "myContacts"));
    }

    @Test
    void an_outlook_export_with_a_byte_order_mark_prefers_business_details_to_home_ones() {
        String file = fixture("outlook.csv");

        var run = rapport.run("import", "customers", file);

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo(file + ": read 3, added 3, updated 0, unchanged 0, rejected 0\n"
                + "ignored columns: Title, Department, Job Title, Birthday\n");
        var customers = customers();
        // Home Phone comes first in the file; Business Phone wins because it is not empty.
        assertThat(customers.get("sabine.krueger@krueger-logistik.de")).contains(entry("name", "Sabine Krüger"),
                entry("company", "Krüger Logistik GmbH"), entry("phone", "+49 30 901 2000"),
                entry("street", "Friedrichstraße 100"), entry("city", "Berlin"), entry("postal_code", "10117"),
                entry("country", "Deutschland"), entry("tags", "Kunden;Logistik"));
        // No business details: the home ones; no first e-mail: the second.
        assertThat(customers.get("tomas.ortega@ortega-imp.es")).contains(entry("name", "Tomás Ortega"),
                entry("email", "tomas.ortega@ortega-imp.es"), entry("phone", "+34 91 555 0100"),
                entry("city", "Madrid"), entry("country", "España"));
        assertThat(customers.get("emily@clarke-daughters.co.uk")).contains(entry("name", "Emily Rose Clarke"),
                entry("company", "Clarke & Daughters Ltd"), entry("phone", "+44 7700 900123"), entry("city", "Leeds"));
    }

    @Test
    void a_thunderbird_export_whose_header_ends_with_a_comma_has_no_empty_column() {
        String file = fixture("thunderbird.csv");

        var run = rapport.run("import", "customers", file);

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo(file + ": read 2, added 2, updated 0, unchanged 0, rejected 0\n"
                + "ignored columns: Nickname, Screen Name, Fax Number, Pager Number, Home Address 2, Work Address 2, "
                + "Job Title, Department, Web Page 1, Web Page 2, Birth Year, Birth Month, Birth Day, "
                + "Custom 1, Custom 2, Custom 3, Custom 4\n");
        var customers = customers();
        assertThat(customers.get("hans@becker-druck.de")).contains(entry("name", "Hans Becker"),
                entry("company", "Becker Druck KG"), entry("phone", "+49 221 555 300"), entry("street", "Domstraße 5"),
                entry("city", "Köln"), entry("postal_code", "50668"), entry("country", "Germany"));
        assertThat(customers.get("ingrid.solberg@fjordfisk.no")).contains(entry("name", "Ingrid Solberg"),
                entry("phone", "+47 912 34 567"), entry("city", "Bergen"), entry("notes", "Prefers e-mail"));
    }

    @Test
    void a_crm_export_is_keyed_by_contact_id_and_takes_the_date_of_its_create_date() {
        String file = fixture("crm.csv");

        var run = rapport.run("import", "customers", file);

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo(file + ": read 3, added 3, updated 0, unchanged 0, rejected 0\n"
                + "ignored columns: Job Title, Lifecycle Stage\n");
        var customers = customers();
        assertThat(customers.keySet()).containsExactly("1001", "1002", "1003");
        assertThat(customers.get("1001")).contains(entry("name", "Priya Raman"),
                entry("email", "priya.raman@example.in"), entry("phone", "+91 80 5555 0101"),
                entry("owner", "anna.schulz"), entry("since", "2023-05-01"));
        // No phone number: the mobile one.
        assertThat(customers.get("1002")).contains(entry("phone", "+43 664 555 0102"), entry("owner", "bernd.k"),
                entry("since", "2024-11-18"));
    }

    @Test
    void a_semicolon_separated_european_file_keeps_the_commas_inside_its_values() {
        String file = fixture("european.csv");

        var run = rapport.run("import", "customers", file);

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo(file + ": read 2, added 2, updated 0, unchanged 0, rejected 0\n"
                + "ignored columns: Umsatz\n");
        assertThat(customers().get("K-100")).contains(entry("name", "Maria Huber"),
                entry("company", "Bäckerei Huber, Inh. Maria Huber"), entry("email", "maria@baeckerei-huber.at"),
                entry("phone", "+43 662 555 01"), entry("city", "Salzburg"), entry("country", "Österreich"));
    }

    @Test
    void a_tab_separated_file_is_recognised() {
        String file = fixture("tabs.tsv");

        var run = rapport.run("import", "customers", file);

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo(file + ": read 2, added 2, updated 0, unchanged 0, rejected 0\n");
        assertThat(customers().get("T1")).contains(entry("name", "Ola Nordmann"),
                entry("company", "Nordmann, Berg & Co"), entry("email", "ola@nordmann.no"), entry("tier", "major"));
    }

    // Encodings and the text of the file.

    @Test
    void a_windows_1252_file_imports_with_encoding_and_keeps_its_umlauts_accents_and_sharp_s() throws IOException {
        Path file = home.resolve("excel.csv");
        Files.write(file, ("Name;Firma;E-Mail;Ort\r\n"
                + "Jürgen Weiß;Café Müller;jw@cafe-mueller.de;Zürich\r\n"
                + "René Dubois;Société Générale;rene@sg.fr;Genève\r\n").getBytes("windows-1252"));

        var run = rapport.run("import", "customers", file.toString(), "--encoding", "windows-1252");

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo(file + ": read 2, added 2, updated 0, unchanged 0, rejected 0\n");
        assertThat(customers().get("jw@cafe-mueller.de")).contains(entry("name", "Jürgen Weiß"),
                entry("company", "Café Müller"), entry("city", "Zürich"));
        assertThat(customers().get("rene@sg.fr")).contains(entry("name", "René Dubois"),
                entry("company", "Société Générale"), entry("city", "Genève"));
    }

    @Test
    void a_file_that_is_not_utf_8_fails_with_65_and_a_sentence_suggesting_encoding() throws IOException {
        Path file = home.resolve("excel.csv");
        Files.write(file, "Name;E-Mail\r\nJürgen Weiß;jw@cafe-mueller.de\r\n".getBytes("windows-1252"));

        var run = rapport.run("import", "customers", file.toString());

        assertThat(run.status()).isEqualTo(65);
        assertThat(run.err()).startsWith("rapport: " + file + ": ").contains("--encoding windows-1252").endsWith("\n");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(customers()).isEmpty();
    }

    @Test
    void invalid_text_far_into_a_file_fails_the_whole_import() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("id,name\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= 10_000; i++) {
            bytes.writeBytes(("R" + i + ",Customer number " + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes("R10001,Jürgen Weiß\n".getBytes("windows-1252"));
        Path file = home.resolve("long.csv");
        Files.write(file, bytes.toByteArray());

        var run = rapport.run("import", "customers", file.toString());

        assertThat(run.status()).isEqualTo(65);
        assertThat(run.err()).contains("--encoding");
        assertThat(customers()).isEmpty();
    }

    @Test
    void an_unknown_encoding_is_a_usage_error() {
        var run = rapport.run("import", "customers", fixture("generic.csv"), "--encoding", "klingon-8");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--encoding klingon-8");
    }

    @Test
    void blank_lines_are_skipped() throws IOException {
        Path file = home.resolve("blank.csv");
        Files.writeString(file, "id,name\n\nB1,Ann\n\n\nB2,Bob\n,\n\n");

        var run = rapport.run("import", "customers", file.toString());

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo(file + ": read 2, added 2, updated 0, unchanged 0, rejected 0\n");
        assertThat(customers().keySet()).containsExactly("B1", "B2");
    }

    // Mappings.

    @Test
    void map_reads_a_field_from_a_column_no_alias_knows() throws IOException {
        Path file = home.resolve("kunden.csv");
        Files.writeString(file, "Kunde,Ansprechpartner,E-Mail\nK1,Heike Vogt,heike@vogt.de\n");

        var run = rapport.run("import", "customers", file.toString(), "--map", "id=Kunde", "--map", "name=Ansprechpartner");

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo(file + ": read 1, added 1, updated 0, unchanged 0, rejected 0\n");
        assertThat(customers().get("K1")).contains(entry("name", "Heike Vogt"), entry("email", "heike@vogt.de"));
    }

    @Test
    void map_wins_over_an_alias_for_the_same_field() throws IOException {
        Path file = home.resolve("two-emails.csv");
        Files.writeString(file, "name,Email,Work Email\nHeike Vogt,heike.vogt@gmail.com,h.vogt@vogt-bau.de\n");

        var run = rapport.run("import", "customers", file.toString(), "--map", "email=Work Email");

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(customers().keySet()).containsExactly("h.vogt@vogt-bau.de");
    }

    @Test
    void map_wins_over_an_alias_when_the_field_is_written_as_its_option_name() throws IOException {
        Path file = home.resolve("plz.csv");
        Files.writeString(file, "name,email,zip,Firmen-PLZ\nAnn,ann@vogt-bau.de,53111,10117\n");

        var run = rapport.run("import", "customers", file.toString(), "--map", "postal-code=Firmen-PLZ");

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(customers().get("ann@vogt-bau.de")).contains(entry("postal_code", "10117"));
    }

    @Test
    void a_mapping_file_names_columns_and_translates_tier_values() throws IOException {
        Path file = home.resolve("segments.csv");
        Files.writeString(file, "Kunde,Email,Work Email,Klasse\n"
                + "Heike Vogt,heike.vogt@gmail.com,h.vogt@vogt-bau.de,A\n"
                + "Tarek Haddad,,tarek@haddad-trading.ae,B\n");
        Path mapping = home.resolve("mapping.yaml");
        Files.writeString(mapping, """
                columns:
                  name: Kunde
                  email: Work Email
                  tier: Klasse
                tiers:
                  A: key
                  B: major
                """);

        var run = rapport.run("import", "customers", file.toString(), "--mapping", mapping.toString());

        assertThat(run.status()).as(run.toString()).isZero();
        // The file's own Email column lost to the mapping, so it is reported as ignored.
        assertThat(run.err()).isEqualTo(file + ": read 2, added 2, updated 0, unchanged 0, rejected 0\n"
                + "ignored columns: Email\n");
        var customers = customers();
        assertThat(customers.get("h.vogt@vogt-bau.de")).contains(entry("name", "Heike Vogt"), entry("tier", "key"));
        assertThat(customers.get("tarek@haddad-trading.ae")).contains(entry("name", "Tarek Haddad"), entry("tier", "major"));
    }

    @Test
    void map_tier_translates_the_tier_values_of_the_file() throws IOException {
        Path file = home.resolve("segments.csv");
        Files.writeString(file, "id,name,Segment\nS1,Heike Vogt,A\nS2,Tarek Haddad,b\nS3,Ann Lee,small\n");

        var run = rapport.run("import", "customers", file.toString(), "--map-tier", "A=key", "--map-tier", "B=major");

        assertThat(run.status()).as(run.toString()).isZero();
        var customers = customers();
        assertThat(customers.get("S1")).contains(entry("tier", "key"));
        assertThat(customers.get("S2")).contains(entry("tier", "major"));
        assertThat(customers.get("S3")).contains(entry("tier", "small"));
    }

    @Test
    void map_to_a_field_that_does_not_exist_is_a_usage_error() {
        var run = rapport.run("import", "customers", fixture("generic.csv"), "--map", "nosuchfield=name");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("rapport: --map nosuchfield=").contains("there is no field \"nosuchfield\"");
        assertThat(customers()).isEmpty();
    }

    @Test
    void map_from_a_column_the_file_does_not_have_is_a_usage_error() {
        var run = rapport.run("import", "customers", fixture("generic.csv"), "--map", "email=NoSuchColumn");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("rapport: --map email=NoSuchColumn: the file has no column \"NoSuchColumn\"\n");
        assertThat(customers()).isEmpty();
    }

    // Keys and upsert.

    @Test
    void the_key_is_the_id_else_the_normalised_email_else_a_slug_of_name_and_company() throws IOException {
        Path file = home.resolve("keys.csv");
        Files.writeString(file, "id,name,company,email\n"
                + "K7,Ann Lee,Lee Logistics,ann@leelogistics.com\n"
                + ",Heike Vogt,Vogt Bau,H.Vogt@Vogt-Bau.DE\n"
                + ",Björn Weiß,Weiß & Söhne,\n");

        var run = rapport.run("import", "customers", file.toString());

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(customers().keySet()).containsExactly("K7", "bjorn-weiss-weiss-sohne", "h.vogt@vogt-bau.de");
    }

    @Test
    void an_email_key_finds_the_customer_whatever_the_case_of_the_address() throws IOException {
        Path file = home.resolve("case.csv");
        Files.writeString(file, "name,email\nHeike Vogt,h.vogt@vogt-bau.de\n");
        rapport.run("import", "customers", file.toString());
        Files.writeString(file, "name,email\nHeike Vogt,H.Vogt@VOGT-BAU.de\n");

        var run = rapport.run("import", "customers", file.toString());

        assertThat(run.err()).isEqualTo(file + ": read 1, added 0, updated 1, unchanged 0, rejected 0\n");
        assertThat(customers().keySet()).containsExactly("h.vogt@vogt-bau.de");
    }

    @Test
    void importing_the_same_file_again_changes_nothing() {
        for (String name : List.of("generic.csv", "datablist.csv", "google-contacts.csv", "outlook.csv",
                "thunderbird.csv", "crm.csv", "european.csv", "tabs.tsv")) {
            String file = fixture(name);
            var first = rapport.run("import", "customers", file);
            assertThat(first.status()).as(first.toString()).isZero();
            long rows = rowsRead(first);
            String before = export();

            var again = rapport.run("import", "customers", file);

            assertThat(again.status()).as(again.toString()).isZero();
            assertThat(again.err().lines().findFirst().orElseThrow()).as(name).isEqualTo(
                    file + ": read %d, added 0, updated 0, unchanged %d, rejected 0".formatted(rows, rows));
            assertThat(export()).as(name).isEqualTo(before);
        }
    }

    @Test
    void a_changed_row_updates_only_the_imported_fields_and_leaves_the_others_alone() throws IOException {
        String file = fixture("crm.csv");
        rapport.run("import", "customers", file);
        assertThat(rapport.run("customer", "edit", "1001", "--notes", "Met at the Hannover fair", "--tier", "key")
                .status()).isZero();
        Path changed = home.resolve("crm-changed.csv");
        Files.writeString(changed, Files.readString(Path.of(file))
                .replace("+91 80 5555 0101", "+91 80 5555 0999"));

        var run = rapport.run("import", "customers", changed.toString());

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).startsWith(changed + ": read 3, added 0, updated 1, unchanged 2, rejected 0\n");
        assertThat(customers().get("1001")).contains(entry("phone", "+91 80 5555 0999"),
                entry("notes", "Met at the Hannover fair"), entry("tier", "key"), entry("since", "2023-05-01"));
    }

    @Test
    void a_row_without_since_keeps_the_date_the_customer_was_added() throws IOException {
        Path file = home.resolve("list.csv");
        Files.writeString(file, "id,name,since\nA1,Ann,2024-02-01\n");
        rapport.run("import", "customers", file.toString());
        Files.writeString(file, "id,name,since\nA1,Ann Lee,\n");

        var run = rapport.run("import", "customers", file.toString());

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(customers().get("A1")).contains(entry("name", "Ann Lee"), entry("since", "2024-02-01"));
    }

    // Last contacts.

    @Test
    void last_contacted_and_last_channel_columns_end_up_in_the_customer() throws IOException {
        Path file = home.resolve("history.csv");
        Files.writeString(file, "id,name,last_contacted,last_call,Last Visit,Last Updated\n"
                + "L1,Lena Fischer,2026-09-01,2026-10-12,,2026-11-01\n"
                + "L2,Lars Holm,,,2026-08-03,\n"
                + "L3,Lea Roth,2026-07-15,,,\n");

        var run = rapport.run("import", "customers", file.toString());

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo(file + ": read 3, added 3, updated 0, unchanged 0, rejected 0\n"
                + "ignored columns: Last Updated\n");
        var customers = customers();
        assertThat(customers.get("L1")).contains(entry("last_contacted", "*=2026-09-01;call=2026-10-12"));
        assertThat(customers.get("L2")).contains(entry("last_contacted", "visit=2026-08-03"));
        assertThat(customers.get("L3")).contains(entry("last_contacted", "2026-07-15"));
        assertThat(rapport.run("customer", "show", "L1").out()).containsPattern("last_contacted +\\*=2026-09-01;call=2026-10-12");
    }

    @Test
    void spread_is_accepted_and_changes_no_field_of_the_customers() throws IOException {
        Path file = home.resolve("history.csv");
        Files.writeString(file, "id,name,last_call\nL1,Lena Fischer,2026-10-12\nL2,Lars Holm,\n");
        var plain = new Rapport(home.resolve("plain"));
        plain.run("import", "customers", file.toString());

        var run = rapport.run("import", "customers", file.toString(), "--spread");

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo(file + ": read 2, added 2, updated 0, unchanged 0, rejected 0\n");
        assertThat(export()).isEqualTo(plain.run("export", "customers").out());
        assertThat(customers().get("L1")).contains(entry("last_contacted", "call=2026-10-12"));
    }

    /** Rows in the shape of a datablist export: customers since 2019 to 2021, never contacted. */
    private Path subscribers() throws IOException {
        StringBuilder csv = new StringBuilder("Index,Customer Id,First Name,Last Name,Company,City,Country,Phone 1,Phone 2,Email,"
                + "Subscription Date,Website\n");
        for (int i = 1; i <= 24; i++) {
            csv.append(i).append(",dB").append(1000 + i).append("aC,Vera").append(i).append(",Lindqvist,Lindqvist-Ortega,")
                    .append("Port Elise,Chile,229.077.").append(5100 + i).append(",,vera").append(i).append("@example.org,")
                    .append(2019 + i % 3).append("-0").append(1 + i % 9).append("-1").append(i % 10).append(",http://example.org/\n");
        }
        return Files.writeString(home.resolve("subscribers.csv"), csv);
    }

    @Test
    void spread_spreads_never_contacted_customers_over_one_period_from_the_import_whatever_their_subscription_date()
            throws IOException {
        Path file = subscribers();

        var run = rapport.run("import", "customers", "--spread", file.toString());

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(customers().get("dB1001aC")).contains(entry("since", "2020-02-11"));
        assertThat(rapport.run("overdue", "--format", "csv").out().lines()).as("nothing years late").hasSize(1);
        String agenda = rapport.run("agenda", "--days", "400", "--format", "csv").out();
        List<CSVRecord> plan = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(agenda)).getRecords();
        // The ordinary tier: called every six months, visited yearly, from Mon 2026-11-23 (a last day may move to a working day).
        List<String> calls = plan.stream().filter(r -> r.get("channel").equals("call")).map(r -> r.get("due")).toList();
        List<String> visits = plan.stream().filter(r -> r.get("channel").equals("visit")).map(r -> r.get("due")).toList();
        assertThat(calls).hasSize(24).allMatch(d -> d.compareTo(TODAY) >= 0 && d.compareTo("2027-05-25") <= 0);
        assertThat(visits).hasSize(24).allMatch(d -> d.compareTo(TODAY) >= 0 && d.compareTo("2027-11-24") <= 0);
        assertThat(calls.stream().distinct().count()).as("spread, not all on one day").isGreaterThanOrEqualTo(12);

        // The next day's import of the same file changes nothing, the plan included.
        var again = rapport.run("--today", "2026-11-24", "import", "customers", "--spread", file.toString());
        assertThat(again.err()).startsWith(file + ": read 24, added 0, updated 0, unchanged 24, rejected 0\n");
        assertThat(rapport.run("agenda", "--days", "400", "--format", "csv").out()).isEqualTo(agenda);
        assertThat(rapport.run("check").status()).isZero();
    }

    @Test
    void an_empty_column_in_map_leaves_that_field_out_of_the_import() throws IOException {
        Path file = subscribers();

        var run = rapport.run("import", "customers", "--map", "since=", file.toString());

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo(file + ": read 24, added 24, updated 0, unchanged 0, rejected 0\n"
                + "ignored columns: Index, Subscription Date, Website\n");
        assertThat(customers().get("dB1001aC")).contains(entry("since", TODAY), entry("name", "Vera1 Lindqvist"));
    }

    @Test
    void a_column_of_null_in_a_mapping_file_leaves_that_field_out_of_the_import() throws IOException {
        Path file = subscribers();
        Path mapping = Files.writeString(home.resolve("mapping.yaml"), "columns:\n  since: ~\n  phone: null\n");

        var run = rapport.run("import", "customers", "--mapping", mapping.toString(), file.toString());

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).endsWith("ignored columns: Index, Phone 1, Phone 2, Subscription Date, Website\n");
        assertThat(customers().get("dB1001aC")).contains(entry("since", TODAY), entry("phone", ""));
    }

    // Bad rows.

    @Test
    void bad_rows_are_rejected_with_their_reason_and_the_rest_imported_with_exit_65() {
        String file = fixture("dirty.csv");

        var run = rapport.run("import", "customers", file);

        assertThat(run.status()).isEqualTo(65);
        assertThat(run.out()).isEmpty();
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.subList(0, 5)).allMatch(l -> l.matches("rejected line \\d+: .+"));
        assertThat(lines.subList(0, 5)).map(l -> l.replaceFirst("^rejected line \\d+: ", "")).containsExactly(
                "no name and no e-mail",
                "email: \"bob-at-stone\" is not an e-mail address",
                "tier: unknown tier \"gold\"; the policy has key, major, ordinary, small",
                "since: \"2026-02-30\" is not a date; use YYYY-MM-DD, e.g. 2026-03-01",
                "the key D1 appears earlier in this file");
        assertThat(lines.get(5)).isEqualTo(file + ": read 7, added 2, updated 0, unchanged 0, rejected 5; "
                + "the other 2 rows are committed, --rejects FILE keeps the 5 rejected in a file");
        var customers = customers();
        assertThat(customers.keySet()).containsExactly("D1", "D6");
        // The first of two rows with one key is the one imported.
        assertThat(customers.get("D1")).contains(entry("email", "anna@schmidt.de"));
    }

    @Test
    void a_summary_with_rejected_rows_says_the_good_rows_are_committed_and_where_the_rejected_are() {
        String file = fixture("dirty.csv");
        Path rejects = home.resolve("rejects.csv");

        var withFile = rapport.run("import", "customers", file, "--rejects", rejects.toString());
        var without = rapport.run("import", "customers", file);

        assertThat(withFile.status()).isEqualTo(65);
        assertThat(withFile.err().lines().toList()).last().isEqualTo(file + ": read 7, added 2, updated 0, unchanged 0, "
                + "rejected 5; the other 2 rows are committed, the 5 rejected are in " + rejects);
        assertThat(without.status()).isEqualTo(65);
        assertThat(without.err().lines().toList()).last().isEqualTo(file + ": read 7, added 0, updated 0, unchanged 2, "
                + "rejected 5; the other 2 rows are committed, --rejects FILE keeps the 5 rejected in a file");
    }

    @Test
    void a_rejected_row_is_reported_with_the_line_it_starts_on() throws IOException {
        var dirty = rapport.run("import", "customers", fixture("dirty.csv"));
        assertThat(dirty.err().lines().filter(l -> l.startsWith("rejected")).map(l -> l.replaceFirst(":.*", "")))
                .containsExactly("rejected line 3", "rejected line 4", "rejected line 5", "rejected line 6",
                        "rejected line 7");

        Path file = home.resolve("multi.csv");
        Files.writeString(file, "id,name,email\nB1,Ann,x\n\nB2,Bob,y\n\"B3\",\"Cy\nDe\",z\nB4,Dan,w\n");
        Path rejects = home.resolve("rejects.csv");
        var run = rapport.run("import", "customers", file.toString(), "--rejects", rejects.toString());
        assertThat(run.err().lines().filter(l -> l.startsWith("rejected")).map(l -> l.replaceFirst(":.*", "")))
                .containsExactly("rejected line 2", "rejected line 4", "rejected line 5", "rejected line 7");
        assertThat(records(rejects).stream().map(r -> r.get("line"))).containsExactly("2", "4", "5", "7");
    }

    @Test
    void rejects_writes_the_bad_rows_as_csv_with_their_original_columns_line_and_reason() throws IOException {
        Path rejects = home.resolve("rejects.csv");

        var run = rapport.run("import", "customers", fixture("dirty.csv"), "--rejects", rejects.toString());

        assertThat(run.status()).isEqualTo(65);
        assertThat(Files.readString(rejects)).startsWith("id,name,company,email,tier,since,line,reason\r\n");
        List<CSVRecord> records = records(rejects);
        assertThat(records).hasSize(5);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.size()).isEqualTo(8);
            assertThat(r.get("line")).matches("\\d+");
        });
        assertThat(records.get(1).toList().subList(0, 6)).containsExactly("D3", "Bob Stone", "", "bob-at-stone", "ordinary", "");
        assertThat(records.get(1).get("reason")).isEqualTo("email: \"bob-at-stone\" is not an e-mail address");
        assertThat(records.get(3).toList().subList(0, 6))
                .containsExactly("D5", "Dana Park", "", "dana@park.example.com", "small", "2026-02-30");
        assertThat(records.stream().map(r -> r.get("id"))).containsExactly("D2", "D3", "D4", "D5", "D1");
        assertThat(records.get(4).get("reason")).isEqualTo("the key D1 appears earlier in this file");
    }

    @Test
    void a_field_longer_than_a_megabyte_is_a_rejected_row_with_its_line_and_reason_not_a_crash() throws IOException {
        Path file = home.resolve("long.csv");
        Files.writeString(file, "id,name,notes\nL1,Ann,short\nL2,Bob,\"" + "long \"\"note\"\"\n".repeat(200_000) + "\"\nL3,Cy,ok\n");
        Path rejects = home.resolve("rejects.csv");

        var run = rapport.run("import", "customers", file.toString(), "--rejects", rejects.toString());

        assertThat(run.status()).isEqualTo(65);
        assertThat(run.err()).startsWith("rejected line 3: field notes is longer than 1 MB\n");
        assertThat(customers().keySet()).containsExactly("L1", "L3");
        assertThat(records(rejects)).singleElement().satisfies(r -> assertThat(r.toList())
                .containsExactly("L2", "Bob", "", "3", "field notes is longer than 1 MB"));
        var strict = rapport.run("import", "customers", file.toString(), "--strict");
        assertThat(strict.err()).isEqualTo("rapport: " + file + ":3: field notes is longer than 1 MB; nothing was imported (--strict)\n");
    }

    @Test
    void strict_imports_nothing_when_a_row_is_bad() {
        String file = fixture("dirty.csv");

        var run = rapport.run("import", "customers", file, "--strict");

        assertThat(run.status()).isEqualTo(65);
        assertThat(run.err()).startsWith("rapport: " + file + ":")
                .endsWith(": no name and no e-mail; nothing was imported (--strict)\n");
        assertThat(rapport.run("customer", "list", "--format", "csv").out().lines()).hasSize(1);
    }

    @Test
    void strict_imports_a_file_without_bad_rows() {
        var run = rapport.run("import", "customers", fixture("crm.csv"), "--strict");

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(customers()).hasSize(3);
    }

    @Test
    void dry_run_writes_nothing_and_prints_the_same_summary() {
        String file = fixture("generic.csv");

        var dry = rapport.run("import", "customers", file, "--dry-run");

        assertThat(dry.status()).as(dry.toString()).isZero();
        assertThat(dry.err()).isEqualTo(file + ": read 3, added 3, updated 0, unchanged 0, rejected 0\n"
                + "ignored columns: Umsatz 2025\n"
                + "dry run: nothing was written\n");
        assertThat(customers()).isEmpty();
        var real = rapport.run("import", "customers", file);
        assertThat(dry.err()).isEqualTo(real.err() + "dry run: nothing was written\n");
    }

    @Test
    void dry_run_of_a_file_with_bad_rows_reports_them_as_an_import_would() {
        String file = fixture("dirty.csv");

        var dry = rapport.run("import", "customers", file, "-n");

        assertThat(dry.status()).isEqualTo(65);
        assertThat(customers()).isEmpty();
        var real = rapport.run("import", "customers", file);
        assertThat(real.status()).isEqualTo(65);
        assertThat(dry.err()).isEqualTo(real.err().replace("rows are committed", "rows would be committed")
                + "dry run: nothing was written\n");
    }

    // Files that cannot be read.

    @Test
    void a_missing_file_exits_66() {
        String file = home.resolve("nosuch.csv").toString();

        var run = rapport.run("import", "customers", file);

        assertThat(run.status()).isEqualTo(66);
        assertThat(run.err()).isEqualTo("rapport: " + file + ": no such file\n");
    }

    @Test
    void a_directory_exits_66() throws IOException {
        Path dir = Files.createDirectories(home.resolve("exports"));

        var run = rapport.run("import", "customers", dir.toString());

        assertThat(run.status()).isEqualTo(66);
        assertThat(run.err()).isEqualTo("rapport: " + dir + " is a directory, not a file\n");
    }

    @Test
    void dash_reads_the_file_from_stdin() throws IOException {
        byte[] crm = Files.readAllBytes(Path.of(fixture("crm.csv")));
        InputStream stdin = System.in;
        Rapport.Run run;
        try {
            System.setIn(new ByteArrayInputStream(crm));
            run = rapport.run("import", "customers", "-");
        } finally {
            System.setIn(stdin);
        }

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo("stdin: read 3, added 3, updated 0, unchanged 0, rejected 0\n"
                + "ignored columns: Job Title, Lifecycle Stage\n");
        assertThat(customers().keySet()).containsExactly("1001", "1002", "1003");
    }

    @Test
    void an_unclosed_quote_fails_with_65_and_leaves_the_database_as_it_was() throws IOException {
        rapport.run("import", "customers", fixture("crm.csv"));
        String before = export();
        Path file = home.resolve("broken.csv");
        Files.writeString(file, "id,name,email\n"
                + "U1,Ute Lang,ute@lang.de\n"
                + "1001,Priya R. Raman,priya@raman.example.in\n"
                + "U2,\"Uwe Brandt,uwe@brandt.de\n"
                + "U3,Udo Kern,udo@kern.de\n");

        var run = rapport.run("import", "customers", file.toString());

        assertThat(run.status()).isEqualTo(65);
        assertThat(run.err()).startsWith("rapport: " + file + ": ").contains("quoted field is never closed");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(export()).isEqualTo(before);
    }

    // YAML.

    @Test
    void a_yaml_file_is_read_by_its_extension_with_lists_for_tags() throws IOException {
        Path file = home.resolve("customers.yaml");
        Files.writeString(file, """
                - id: Y1
                  name: 李娜
                  company: 北京远航科技有限公司
                  email: li.na@yuanhang.cn
                  tier: key
                  tags: [apac, oem]
                  cadence: {call: 2 weeks}
                  last_contacted: call=2026-10-01;visit=2026-06-15
                - id: Y2
                  name: Günther Wirth
                  tags:
                    - dach
                  notes: |
                    Wants a visit,
                    not a call
                """);

        var run = rapport.run("import", "customers", file.toString());

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo(file + ": read 2, added 2, updated 0, unchanged 0, rejected 0\n");
        var customers = customers();
        assertThat(customers.get("Y1")).contains(entry("name", "李娜"), entry("company", "北京远航科技有限公司"),
                entry("tier", "key"), entry("tags", "apac;oem"), entry("cadence", "call=2 weeks"),
                entry("last_contacted", "call=2026-10-01;visit=2026-06-15"));
        assertThat(customers.get("Y2")).contains(entry("tags", "dach"), entry("notes", "Wants a visit,\nnot a call"));
    }

    @Test
    void format_yaml_reads_yaml_whatever_the_extension_and_yml_is_yaml_too() throws IOException {
        String yaml = "- id: Y1\n  name: Ann Lee\n  tags: [apac]\n";
        Path txt = home.resolve("customers.txt");
        Files.writeString(txt, yaml);
        Path yml = home.resolve("more.yml");
        Files.writeString(yml, yaml.replace("Y1", "Y2"));

        var run = rapport.run("import", "customers", txt.toString(), "--format", "yaml");
        var run2 = rapport.run("import", "customers", yml.toString());

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run2.status()).as(run2.toString()).isZero();
        assertThat(customers().keySet()).containsExactly("Y1", "Y2");
    }

    @Test
    void every_document_of_a_multi_document_yaml_file_is_imported() throws IOException {
        // "read 1", exit 0: the documents after the first were dropped without a word.
        Path file = home.resolve("customers.yaml");
        Files.writeString(file, "- id: Y1\n  name: Ann Lee\n---\n- id: Y2\n  name: Bob Stone\n---\nid: Y3\nname: Cy Young\n");

        var run = rapport.run("import", "customers", file.toString());

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo(file + ": read 3, added 3, updated 0, unchanged 0, rejected 0\n");
        assertThat(customers().keySet()).containsExactly("Y1", "Y2", "Y3");
    }

    @Test
    void a_lone_surrogate_in_yaml_is_refused_with_65_naming_line_and_field() throws IOException {
        // It was stored as "?".
        Path file = home.resolve("customers.yaml");
        Files.writeString(file, "- id: Y1\n  name: \"Ann \\ud83d Lee\"\n");

        var run = rapport.run("import", "customers", file.toString());

        assertThat(run.status()).isEqualTo(65);
        assertThat(run.err()).startsWith("rapport: " + file + ":2: record 1: name: \\ud83d is half of a character");
        assertThat(customers()).isEmpty();
    }

    @Test
    void an_unknown_field_in_yaml_is_refused_with_65_and_nothing_imported() throws IOException {
        Path file = home.resolve("customers.yaml");
        Files.writeString(file, "- id: Y1\n  name: Ann Lee\n- id: Y2\n  name: Bob Stone\n  shoe_size: 44\n");

        var run = rapport.run("import", "customers", file.toString());

        assertThat(run.status()).isEqualTo(65);
        assertThat(run.err()).startsWith("rapport: " + file + ":5: ").contains("unknown field \"shoe_size\"");
        assertThat(customers()).isEmpty();
    }

    @Test
    void an_unknown_field_in_yaml_names_the_record_it_is_in() throws IOException {
        Path file = home.resolve("customers.yaml");
        Files.writeString(file, "- id: Y3\n  name: Xaver Huber\n  shoe_size: 44\n");

        var run = rapport.run("import", "customers", file.toString());

        assertThat(run.err()).contains("record 1: unknown field \"shoe_size\"");
    }

    @Test
    void a_yaml_record_that_leaves_out_a_field_leaves_that_field_alone() throws IOException {
        Path file = home.resolve("customers.yaml");
        Files.writeString(file, "- id: Y1\n  name: Ann Lee\n");
        rapport.run("import", "customers", file.toString());
        rapport.run("customer", "edit", "Y1", "--phone", "+49 30 1234", "--notes", "call after 10");

        var run = rapport.run("import", "customers", file.toString());

        assertThat(run.err()).isEqualTo(file + ": read 1, added 0, updated 0, unchanged 1, rejected 0\n");
        assertThat(customers().get("Y1")).contains(entry("phone", "+49 30 1234"), entry("notes", "call after 10"));
    }

    // Helpers.

    /** Copies a fixture into the test's directory, so that messages name a path the test knows. */
    private String fixture(String name) {
        Path target = home.resolve(name);
        try (InputStream in = ImportCustomersTest.class.getResourceAsStream("/fixtures/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            Files.copy(in, target, REPLACE_EXISTING);
            return target.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String export() {
        var run = rapport.run("export", "customers");
        assertThat(run.status()).as(run.toString()).isZero();
        return run.out();
    }

    /** Every customer as its export columns, by id, in export order. */
    private Map<String, Map<String, String>> customers() {
        return customersIn(export());
    }

    static Map<String, Map<String, String>> customersIn(String csv) {
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        try {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv))) {
                byId.put(r.get("id"), r.toMap());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byId;
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(csv))) {
            return parser.getRecords();
        }
    }

    private static List<String> ignoredColumns(Rapport.Run run) {
        List<String> lines = run.err().lines().filter(l -> l.startsWith("ignored columns: ")).toList();
        assertThat(lines).as("one line of ignored columns").hasSize(1);
        return List.of(lines.get(0).substring("ignored columns: ".length()).split(", "));
    }

    private static long rowsRead(Rapport.Run run) {
        String summary = run.err().lines().filter(l -> l.contains(": read ")).findFirst().orElseThrow();
        return Long.parseLong(summary.replaceFirst(".*: read (\\d+),.*", "$1"));
    }
}
