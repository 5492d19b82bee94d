package dev.rapport.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.app.SourceRow;
import dev.rapport.app.TabularSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TSV as rapport's export writes it ({@code \t \n \r \\} escapes, a leading quote quoted) and as
 * other tools do: databases (the same escapes), spreadsheets (CSV quoting), and plain files with
 * neither.
 */
class TsvSourceTest {

    @Test
    void the_four_escapes_are_undone_and_nothing_else() {
        // Export wrote these escapes and import kept them, so each round trip doubled every backslash.
        assertThat(values("id\tnotes\nC1\tA\\\\B\\tC\\nD\\rE\n")).containsExactly(List.of("C1", "A\\B\tC\nD\rE"));
        assertThat(values("id\tnotes\nC1\tC:\\Users\\ann\\x \\\n")).containsExactly(List.of("C1", "C:\\Users\\ann\\x \\"));
    }

    @Test
    void a_backslash_before_a_tab_is_a_backslash_and_the_tab_still_ends_the_field() {
        assertThat(values("a\tb\tc\nx\\\ty\tz\n")).containsExactly(List.of("x\\", "y", "z"));
    }

    @Test
    void a_plain_file_from_another_tool_reads_as_it_looks() {
        String plain = "id\tname\tcompany\r\nT1\tOla Nordmann\tNordmann, Berg & Co; Oslo\r\n\r\nT2\tSiti 'Rahman'\t\r\n";

        assertThat(values(plain)).containsExactly(List.of("T1", "Ola Nordmann", "Nordmann, Berg & Co; Oslo"),
                List.of("T2", "Siti 'Rahman'", ""));
    }

    @Test
    void a_field_that_begins_with_a_quote_is_quoted_as_spreadsheets_write_it() {
        String spreadsheet = "id\tnotes\tcity\nC1\t\"said \"\"non\"\"\tthen\nyes\"\tLyon\nC2\ta \"quote\" inside\tNice\n";

        try (TabularSource source = open(spreadsheet)) {
            List<SourceRow> rows = rows(source);
            assertThat(rows).extracting(SourceRow::values).containsExactly(List.of("C1", "said \"non\"\tthen\nyes", "Lyon"),
                    List.of("C2", "a \"quote\" inside", "Nice"));
            assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 4L);
        }
    }

    @Test
    void a_field_longer_than_a_megabyte_rejects_its_row_and_the_next_rows_are_read() {
        // TSV came in with the round trips after the 1 MB limit was set for CSV and YAML: it must keep it too.
        String tsv = "id\tname\tnotes\nC1\tAnn\tshort\nC2\tBert\t" + "n\\t".repeat(SourceRow.FIELD_LIMIT / 2 + 1)
                + "\nC3\tCarl\t\"" + "q".repeat(SourceRow.FIELD_LIMIT + 1) + "\"\nC4\tDora\tok\n";

        try (TabularSource source = open(tsv)) {
            List<SourceRow> rows = rows(source);
            assertThat(rows).extracting(SourceRow::unreadable).containsExactly(java.util.Optional.empty(),
                    java.util.Optional.of("field notes is longer than 1 MB"), java.util.Optional.of("field notes is longer than 1 MB"),
                    java.util.Optional.empty());
            assertThat(rows.get(1).values()).containsExactly("C2", "Bert", "");
            assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 3L, 4L, 5L);
            assertThat(rows.get(3).values()).containsExactly("C4", "Dora", "ok");
        }
    }

    @Test
    void a_quote_that_never_closes_or_is_followed_by_more_text_is_refused_with_its_line() {
        assertThatThrownBy(() -> values("id\tnotes\nC1\t\"open\n"))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA))
                .hasMessage("test.tsv:2: a quoted field is never closed");
        assertThatThrownBy(() -> values("id\tnotes\nC1\t\"closed\"then\n"))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA))
                .hasMessageStartingWith("test.tsv:2: a quote in the middle of a quoted field");
    }

    @Test
    void what_export_writes_reads_back_exactly() {
        List<String> nasty = List.of("\"quoted\" at the start", "\\", "\\t is not a tab", "\t\n\r", "", "\"", "\"\"\\\"",
                "ends with a backslash\\", "😀 e\u0301 中文", "'=1+2");
        StringBuilder tsv = new StringBuilder();
        DelimitedOutput.tsvLine(tsv, List.of("a", "b"));
        for (String v : nasty) {
            DelimitedOutput.tsvLine(tsv, List.of("x", v));
        }

        assertThat(tsv.toString().lines()).hasSize(nasty.size() + 1);
        assertThat(values(tsv.toString())).extracting(row -> row.get(1)).containsExactlyElementsOf(nasty);
    }

    @Test
    void a_tsv_is_known_by_the_tabs_of_its_header_or_by_being_asked_for() {
        byte[] commas = "id,name\nC1,\"Ann, Lee\"\n".getBytes(StandardCharsets.UTF_8);
        try (TabularSource csv = CsvSource.open("c", new ByteArrayInputStream(commas), -1, StandardCharsets.UTF_8);
             TabularSource tsv = CsvSource.open("t", new ByteArrayInputStream("id\nC1\\tx\n".getBytes(StandardCharsets.UTF_8)),
                     -1, StandardCharsets.UTF_8, true)) {
            assertThat(rows(csv)).extracting(SourceRow::values).containsExactly(List.of("C1", "Ann, Lee"));
            assertThat(rows(tsv)).extracting(SourceRow::values).containsExactly(List.of("C1\tx"));
        }
    }

    // Helpers.

    private static TabularSource open(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return CsvSource.open("test.tsv", new ByteArrayInputStream(bytes), bytes.length, StandardCharsets.UTF_8, true);
    }

    private static List<List<String>> values(String text) {
        try (TabularSource source = open(text)) {
            return rows(source).stream().map(SourceRow::values).toList();
        }
    }

    private static List<SourceRow> rows(TabularSource source) {
        List<SourceRow> rows = new ArrayList<>();
        while (source.hasNext()) {
            rows.add(source.next());
        }
        return rows;
    }
}
