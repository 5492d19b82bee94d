package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.domain.CustomerField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport export customers}: CSV, JSON and YAML, and the promise that what export writes,
 * import reads back field for field.
 */
class ExportTest {

    private static final String HEADER = "id,name,company,email,phone,street,city,region,postal_code,country,"
            + "industry,size,tier,owner,timezone,preferred_channel,preferred_days,preferred_hours,"
            + "listening_style,tags,needs,notes,status,since,cadence,last_contacted";

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void setUp() {
        rapport = new Rapport(home);
        rapport.run("init");
    }

    @Test
    void csv_has_a_header_row_of_the_customer_field_keys_and_nothing_else_on_stdout() {
        var run = rapport.run("export", "customers");

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo(HEADER + "\r\n");
        assertThat(HEADER).isEqualTo(String.join(",", CustomerField.keys()));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void csv_writes_one_rfc_4180_row_per_customer_quoting_what_needs_quoting() {
        rapport.run("customer", "add", "Dupont, Marie", "--id", "F1", "--notes", "said \"non\"\nthen yes",
                "--tags", "eu;retail", "--since", "2025-01-02");

        var run = rapport.run("export", "customers");

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo(HEADER + "\r\n"
                + "F1,\"Dupont, Marie\",,,,,,,,,,,ordinary,,,,,,,eu;retail,,\"said \"\"non\"\"\nthen yes\",active,2025-01-02,,\r\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void json_is_an_array_of_objects_with_every_field_and_tags_as_a_list() throws IOException {
        addTwoCustomers();

        var run = rapport.run("export", "customers", "--format", "json");

        assertThat(run.status()).as(run.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(2);
        JsonNode first = json.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactlyElementsOf(CustomerField.keys());
        assertThat(first.get("id").asText()).isEqualTo("C1");
        assertThat(first.get("name").asText()).isEqualTo("王芳");
        assertThat(first.get("tags").isArray()).isTrue();
        assertThat(first.get("tags")).extracting(JsonNode::asText).containsExactly("apac", "import");
        assertThat(json.get(1).get("notes").asText()).isEqualTo("Prefers \"Sie\",\nnever before 9");
    }

    @Test
    void json_of_no_customers_is_an_empty_array() {
        assertThat(rapport.run("export", "customers", "--format", "json").out()).isEqualTo("[]\n");
    }

    @Test
    void yaml_is_a_list_of_records_that_leaves_out_empty_fields() {
        addTwoCustomers();

        var run = rapport.run("export", "customers", "--format", "yaml");

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).contains("- id: C1\n").contains("name: 王芳\n").contains("tags:\n")
                .contains("- apac\n").contains("- id: C2\n").contains("name: Jürgen Müller\n")
                .doesNotContain("phone:").doesNotContain("street:");
    }

    @Test
    void yaml_ends_with_a_newline() {
        addTwoCustomers();

        assertThat(rapport.run("export", "customers", "--format", "yaml").out()).endsWith("\n");
    }

    @Test
    void output_writes_the_export_to_a_file_and_says_so_on_stderr() throws IOException {
        addTwoCustomers();
        String stdout = rapport.run("export", "customers").out();
        Path file = home.resolve("customers.csv");

        var run = rapport.run("export", "customers", "--output", file.toString());

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Exported 2 customers to " + file + "\n");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(stdout);
    }

    @Test
    void output_takes_the_format_too() throws IOException {
        addTwoCustomers();
        Path file = home.resolve("customers.json");

        var run = rapport.run("export", "customers", "--format", "json", "-o", file.toString());

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(Files.readString(file)).isEqualTo(rapport.run("export", "customers", "--format", "json").out());
    }

    @Test
    void an_unknown_format_is_a_usage_error() {
        var run = rapport.run("export", "customers", "--format", "xlsx");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_csv_export_imported_into_an_empty_database_exports_exactly_the_same() throws IOException {
        addEveryKindOfCustomer();
        Path file = home.resolve("customers.csv");
        assertThat(rapport.run("export", "customers", "-o", file.toString()).status()).isZero();
        String other = home.resolve("other.db").toString();

        var imported = rapport.run("--db", other, "import", "customers", file.toString());

        assertThat(imported.status()).as(imported.toString()).isZero();
        assertThat(imported.err()).isEqualTo(file + ": read 5, added 5, updated 0, unchanged 0, rejected 0\n");
        assertThat(rapport.run("--db", other, "export", "customers").out()).isEqualTo(Files.readString(file));
    }

    @Test
    void a_yaml_export_imported_into_an_empty_database_exports_exactly_the_same() throws IOException {
        addEveryKindOfCustomer();
        Path file = home.resolve("customers.yaml");
        assertThat(rapport.run("export", "customers", "--format", "yaml", "-o", file.toString()).status()).isZero();
        String other = home.resolve("other.db").toString();

        var imported = rapport.run("--db", other, "import", "customers", file.toString());

        assertThat(imported.status()).as(imported.toString()).isZero();
        assertThat(imported.err()).isEqualTo(file + ": read 5, added 5, updated 0, unchanged 0, rejected 0\n");
        assertThat(rapport.run("--db", other, "export", "customers", "--format", "yaml").out())
                .isEqualTo(Files.readString(file));
        assertThat(rapport.run("--db", other, "export", "customers").out())
                .isEqualTo(rapport.run("export", "customers").out());
    }

    @Test
    void the_round_trip_keeps_non_ascii_text_commas_quotes_newlines_tags_cadences_and_last_contacts() throws IOException {
        addEveryKindOfCustomer();
        Path file = home.resolve("customers.csv");
        rapport.run("export", "customers", "-o", file.toString());
        String other = home.resolve("other.db").toString();

        rapport.run("--db", other, "import", "customers", file.toString());

        var back = ImportCustomersTest.customersIn(rapport.run("--db", other, "export", "customers").out());
        assertThat(back.get("C1")).contains(entry("name", "Jürgen Müller"), entry("company", "Müller, Söhne & Co. KG"),
                entry("street", "Königstraße 1"), entry("postal_code", "070173"), entry("tags", "oem;eu"),
                entry("preferred_days", "Tue,Thu"), entry("preferred_hours", "09:00-12:00"),
                entry("notes", "said \"non\"\nthen yes"), entry("since", "2024-02-12"),
                entry("cadence", "call=2 weeks;visit=never"), entry("last_contacted", "2026-10-21"));
        assertThat(back.get("C2")).contains(entry("name", "王芳"), entry("company", "上海星辰贸易有限公司"),
                entry("status", "paused"), entry("tags", "apac"));
        assertThat(back.get("L1")).contains(entry("last_contacted", "*=2026-09-01;call=2026-10-12;visit=2026-06-30"));
        assertThat(rapport.run("--db", other, "customer", "show", "C1").out())
                .containsPattern("cadence\\.call +2 weeks \\(override\\)");
    }

    @Test
    void a_tsv_export_imported_into_an_empty_database_exports_exactly_the_same() throws IOException {
        // Import kept export's escapes, so that every round trip doubled the backslashes.
        addEveryKindOfCustomer();
        ok(rapport.run("customer", "add", "A\\B\tC", "--id", "T1", "--notes", "first,\r\nthen \\n and \\",
                "--company", "ACME \"Tools\""));
        Path file = home.resolve("customers.tsv");
        ok(rapport.run("export", "customers", "--format", "tsv", "-o", file.toString()));
        String other = home.resolve("other.db").toString();

        var imported = rapport.run("--db", other, "import", "customers", file.toString());

        assertThat(imported.status()).as(imported.toString()).isZero();
        assertThat(rapport.run("--db", other, "export", "customers", "--format", "tsv").out()).isEqualTo(Files.readString(file));
        assertThat(rapport.run("--db", other, "export", "customers").out()).isEqualTo(rapport.run("export", "customers").out());
    }

    @Test
    void a_json_export_imported_into_an_empty_database_exports_exactly_the_same() throws IOException {
        addEveryKindOfCustomer();
        Path file = home.resolve("customers.json");
        ok(rapport.run("export", "customers", "--format", "json", "-o", file.toString()));
        String other = home.resolve("other.db").toString();

        var imported = rapport.run("--db", other, "import", "customers", file.toString());

        assertThat(imported.status()).as(imported.toString()).isZero();
        assertThat(imported.err()).isEqualTo(file + ": read 5, added 5, updated 0, unchanged 0, rejected 0\n");
        assertThat(rapport.run("--db", other, "export", "customers", "--format", "json").out()).isEqualTo(Files.readString(file));
    }

    @Test
    void yaml_keeps_the_line_breaks_of_yaml_1_1_that_are_not_newlines() throws IOException {
        // SnakeYAML wrote U+0085 and U+2028 raw, and read them back as folded spaces or not at all.
        ok(rapport.run("customer", "add", "Ann", "--id", "Y1", "--notes", "one\u0085two\u2028three\u2029four"));
        Path file = home.resolve("customers.yaml");
        ok(rapport.run("export", "customers", "--format", "yaml", "-o", file.toString()));
        String other = home.resolve("other.db").toString();

        var imported = rapport.run("--db", other, "import", "customers", file.toString());

        assertThat(imported.status()).as(imported.toString()).isZero();
        assertThat(ImportCustomersTest.customersIn(rapport.run("--db", other, "export", "customers").out()).get("Y1"))
                .contains(entry("notes", "one\u0085two\u2028three\u2029four"));
    }

    @Test
    void an_export_imported_into_the_same_database_changes_nothing() throws IOException {
        addEveryKindOfCustomer();
        Path file = home.resolve("customers.csv");
        rapport.run("export", "customers", "-o", file.toString());
        Path yaml = home.resolve("customers.yaml");
        rapport.run("export", "customers", "--format", "yaml", "-o", yaml.toString());

        assertThat(rapport.run("import", "customers", file.toString()).err())
                .isEqualTo(file + ": read 5, added 0, updated 0, unchanged 5, rejected 0\n");
        assertThat(rapport.run("import", "customers", yaml.toString()).err())
                .isEqualTo(yaml + ": read 5, added 0, updated 0, unchanged 5, rejected 0\n");
    }

    // Helpers.

    private void addTwoCustomers() {
        ok(rapport.run("customer", "add", "王芳", "--id", "C1", "--tags", "apac;import"));
        ok(rapport.run("customer", "add", "Jürgen Müller", "--id", "C2", "--notes", "Prefers \"Sie\",\nnever before 9"));
    }

    /** Customers with every field, CJK and German text, and the characters CSV and YAML must escape. */
    private void addEveryKindOfCustomer() throws IOException {
        ok(rapport.run("customer", "add", "Jürgen Müller", "--id", "C1", "--company", "Müller, Söhne & Co. KG",
                "--email", "J.Mueller@Example.DE", "--phone", "+49 711 1234", "--street", "Königstraße 1",
                "--city", "Stuttgart", "--region", "BW", "--postal-code", "070173", "--country", "DE",
                "--industry", "machinery", "--size", "250-999", "--tier", "key", "--owner", "bernd",
                "--timezone", "Europe/Berlin", "--channel", "visit", "--days", "tue,thu", "--hours", "9-12",
                "--style", "serious", "--tags", "oem;eu", "--needs", "spare parts, fast", "--notes", "said \"non\"\nthen yes",
                "--since", "2024-02-12", "--cadence", "call=2 weeks", "--cadence", "visit=never",
                "--last-contacted", "2026-10-21"));
        ok(rapport.run("customer", "add", "王芳", "--id", "C2", "--company", "上海星辰贸易有限公司",
                "--city", "上海", "--tags", "apac", "--status", "paused", "--timezone", "Asia/Shanghai"));
        // Values YAML would read as something else if written bare.
        ok(rapport.run("customer", "add", "--company", "Yes", "--id", "C3", "--country", "NO", "--owner", "null",
                "--needs", "~", "--notes", "true", "--postal-code", "0150"));
        ok(rapport.run("customer", "add", "Ingrid Solberg", "--email", "ingrid.solberg@fjordfisk.no",
                "--notes", "  - not a list: just text  \n# nor a comment"));
        Path history = home.resolve("history.csv");
        Files.writeString(history, "id,name,last_contacted,last_call,last_visit\n"
                + "L1,Lena Fischer,2026-09-01,2026-10-12,2026-06-30\n");
        ok(rapport.run("import", "customers", history.toString()));
    }

    private static void ok(Rapport.Run run) {
        assertThat(run.status()).as(run.toString()).isZero();
    }
}
