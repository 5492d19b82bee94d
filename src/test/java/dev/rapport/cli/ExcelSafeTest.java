package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.io.DelimitedOutput;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV formula injection: with {@code --excel-safe}, every CSV and TSV listing writes a value that
 * begins with =, +, -, @, a tab or a carriage return with a leading {@code '} (OWASP's advice), so
 * that a spreadsheet shows it instead of running it. Without it, CSV stays byte for byte what was
 * stored, for pipes and for import.
 */
class ExcelSafeTest {

    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+49 30 1234",
            "-2+3", "@SUM(A1:A9)", "\tcmd|' /C calc'!A0", "\r=1+1");

    @TempDir
    Path home;

    private Rapport rapport;

    @BeforeEach
    void hostileCustomer() throws Exception {
        rapport = new Rapport(home);
        StringBuilder csv = new StringBuilder("id,name,company,phone,notes\n");
        csv.append("C1,\"=1+1\",\"@corp\",\"+49 30 1234\",\"-2+3\"\n");
        csv.append("C2,Plain Name,Plain Co,030 1234,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"\n");
        Files.writeString(home.resolve("in.csv"), csv);
        var run = rapport.run("import", "customers", home.resolve("in.csv").toString());
        assertThat(run.status()).as(run.toString()).isZero();
    }

    @Test
    void the_rule_follows_owasp() {
        for (String f : FORMULAS) {
            assertThat(DelimitedOutput.excelSafe(f)).isEqualTo("'" + f);
        }
        for (String ok : List.of("", "Plain", "'already quoted", "a=b", "x-1", "mail@example.org", "0 = 1")) {
            assertThat(DelimitedOutput.excelSafe(ok)).isEqualTo(ok);
        }
    }

    @Test
    void plain_csv_is_byte_exact_and_excel_safe_csv_defuses_each_formula() {
        var plain = rapport.run("customer", "list", "--format", "csv", "--search", "C1");
        assertThat(plain.out()).endsWith("\nC1,=1+1,@corp,,+49 30 1234,,,,,,,,ordinary,,,,,,,,,-2+3,active,2026-11-23,,\r\n");
        var safe = rapport.run("customer", "list", "--format", "csv", "--search", "C1", "--excel-safe");
        assertThat(safe.out()).endsWith("\nC1,'=1+1,'@corp,,'+49 30 1234,,,,,,,,ordinary,,,,,,,,,'-2+3,active,2026-11-23,,\r\n");
    }

    @Test
    void every_csv_and_tsv_listing_takes_excel_safe() throws Exception {
        for (String[] listing : new String[][] {{"export", "customers"}, {"customer", "list"}, {"customer", "show", "C1"},
                {"agenda", "--days", "400"}, {"next", "C1"}}) {
            for (String format : List.of("csv", "tsv")) {
                String[] args = concat(listing, "--format", format, "--excel-safe");
                var run = rapport.run(args);
                assertThat(run.status()).as(String.join(" ", args) + "\n" + run.err()).isZero();
                for (String field : fields(run.out(), format)) {
                    assertThat(field).as(String.join(" ", args)).doesNotStartWith("=").doesNotStartWith("+")
                            .doesNotStartWith("-").doesNotStartWith("@");
                }
                if (!listing[0].equals("next")) {
                    assertThat(run.out()).contains("'=1+1");
                }
            }
        }
        var overdue = rapport.run("--today", "2028-01-10", "overdue", "--format", "csv", "--excel-safe");
        assertThat(overdue.out()).contains("'=1+1").doesNotContain(",=1+1");
    }

    @Test
    void plain_export_reads_back_unchanged_and_excel_safe_only_where_asked() throws Exception {
        var export = rapport.run("export", "customers", "--format", "csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(export.out())).getRecords();
        assertThat(rows.get(0).get("name")).isEqualTo("=1+1");
        assertThat(rows.get(1).get("notes")).isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
        Files.writeString(home.resolve("round.csv"), export.out());
        assertThat(rapport.run("import", "customers", home.resolve("round.csv").toString()).err()).contains("unchanged 2");

        var json = rapport.run("export", "customers", "--format", "json", "--excel-safe");
        assertThat(json.status()).isEqualTo(2);
        assertThat(json.err()).isEqualTo("rapport: --excel-safe is for --format csv and tsv, not json\n");
        assertThat(rapport.run("agenda", "--excel-safe").status()).isEqualTo(2);
    }

    private static List<String> fields(String text, String format) throws Exception {
        if (format.equals("tsv")) {
            return text.lines().flatMap(l -> java.util.Arrays.stream(l.split("\t", -1))).toList();
        }
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords().stream()
                .flatMap(r -> r.stream()).toList();
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
