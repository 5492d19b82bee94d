package dev.rapport.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.app.SourceRow;
import dev.rapport.app.TabularSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as spreadsheets and address books write it (SPEC §5): read from bytes, no files needed. */
class CsvSourceTest {

    @Test
    void the_delimiter_is_the_one_the_header_uses_most_among_comma_semicolon_and_tab() {
        assertThat(delimiterOf("id,name,email\n")).isEqualTo(',');
        assertThat(delimiterOf("Kundennummer;Name;E-Mail\n")).isEqualTo(';');
        assertThat(delimiterOf("id\tname\temail\n")).isEqualTo('\t');
        assertThat(delimiterOf("name\n")).isEqualTo(',');
    }

    @Test
    void a_comma_inside_quotes_does_not_count_for_the_delimiter() {
        assertThat(delimiterOf("Name;\"Firma, Rechtsform\";\"Ort, Land\";E-Mail\n")).isEqualTo(';');
        assertThat(delimiterOf("\"a;b;c;d\",e,f\n")).isEqualTo(',');
    }

    @Test
    void only_the_header_line_decides_the_delimiter() {
        assertThat(delimiterOf("id;name\nA1;Ann, Lee, and Partners, Inc., Ltd.\n")).isEqualTo(';');
    }

    @Test
    void a_semicolon_file_keeps_commas_inside_its_values() {
        var rows = read("Name;Firma\nMaria Huber;Bäckerei Huber, Inh. Maria Huber\n");

        assertThat(rows.header()).containsExactly("Name", "Firma");
        assertThat(rows.rows().get(0).values()).containsExactly("Maria Huber", "Bäckerei Huber, Inh. Maria Huber");
    }

    @Test
    void a_tab_file_is_split_at_tabs() {
        var rows = read("id\tname\tcompany\nT1\tOla Nordmann\tNordmann, Berg & Co\n");

        assertThat(rows.rows().get(0).values()).containsExactly("T1", "Ola Nordmann", "Nordmann, Berg & Co");
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_first_column_name() {
        var rows = read("\uFEFFFirst Name,Last Name\r\nSabine,Krüger\r\n");

        assertThat(rows.header()).containsExactly("First Name", "Last Name");
        assertThat(rows.rows().get(0).values()).containsExactly("Sabine", "Krüger");
    }

    @Test
    void crlf_and_lf_lines_give_the_same_values() {
        var crlf = read("id,name\r\nA1,Ann\r\nB2,Bob\r\n");
        var lf = read("id,name\nA1,Ann\nB2,Bob\n");

        assertThat(crlf.header()).isEqualTo(lf.header());
        assertThat(crlf.rows()).map(SourceRow::values).isEqualTo(lf.rows().stream().map(SourceRow::values).toList());
    }

    @Test
    void quoted_fields_keep_their_commas_quotes_and_line_breaks() {
        var rows = read("id,notes\r\nC2,\"Prefers \"\"Sie\"\", never before 9\r\nvisits on Tuesdays\"\r\n");

        assertThat(rows.rows()).hasSize(1);
        assertThat(rows.rows().get(0).values())
                .containsExactly("C2", "Prefers \"Sie\", never before 9\r\nvisits on Tuesdays");
    }

    @Test
    void blank_lines_and_rows_of_empty_values_are_skipped() {
        var rows = read("id,name\n\nA1,Ann\n\n\n,\nB2,Bob\n\n");

        assertThat(rows.rows()).map(SourceRow::values).containsExactly(List.of("A1", "Ann"), List.of("B2", "Bob"));
    }

    @Test
    void a_trailing_empty_column_of_the_header_and_its_rows_is_dropped() {
        var rows = read("First Name,Last Name,Notes,\nHans,Becker,,\nIngrid,Solberg,Prefers e-mail,\n");

        assertThat(rows.header()).containsExactly("First Name", "Last Name", "Notes");
        assertThat(rows.rows()).map(SourceRow::values)
                .containsExactly(List.of("Hans", "Becker", ""), List.of("Ingrid", "Solberg", "Prefers e-mail"));
    }

    @Test
    void rows_are_numbered_increasingly_even_after_a_multi_line_record() {
        var rows = read("id,address\nA1,\"Leopoldstraße 12\n80802 München\nDeutschland\"\nB2,Bonn\nC3,Köln\n");

        assertThat(rows.rows()).map(r -> r.value(0)).containsExactly("A1", "B2", "C3");
        List<Long> lines = rows.rows().stream().map(SourceRow::line).toList();
        assertThat(lines).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void a_row_carries_the_line_it_starts_on_also_after_a_multi_line_record() {
        assertThat(read("id,name\nA1,Ann\nB2,Bob\n").rows()).map(SourceRow::line).containsExactly(2L, 3L);
        assertThat(read("id,address\nA1,\"Leopoldstraße 12\n80802 München\nDeutschland\"\nB2,Bonn\n\nC3,Köln\n").rows())
                .map(SourceRow::line).containsExactly(2L, 5L, 7L);
    }

    @Test
    void bytes_that_are_not_utf_8_are_bad_data_with_a_hint_to_use_encoding() {
        byte[] cp1252 = "Name;Ort\nJürgen Weiß;Zürich\n".getBytes(Charset.forName("windows-1252"));

        assertThatThrownBy(() -> readAll("excel.csv", cp1252, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA))
                .hasMessageStartingWith("excel.csv: ")
                .hasMessageContaining("--encoding windows-1252");
    }

    @Test
    void windows_1252_is_read_when_it_is_the_chosen_encoding() {
        byte[] cp1252 = "Name;Ort\nJürgen Weiß;Zürich\nRené Dubois;Genève\n".getBytes(Charset.forName("windows-1252"));

        var rows = readAll("excel.csv", cp1252, Charset.forName("windows-1252"));

        assertThat(rows.rows()).map(SourceRow::values)
                .containsExactly(List.of("Jürgen Weiß", "Zürich"), List.of("René Dubois", "Genève"));
    }

    @Test
    void an_unclosed_quote_is_bad_data_naming_the_file() {
        assertThatThrownBy(() -> read("id,name\nA1,\"Ann\nB2,Bob\n"))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA))
                .hasMessageStartingWith("test.csv: a quoted field is never closed");
    }

    @Test
    void text_after_a_closing_quote_is_bad_data_not_an_io_error() {
        // Found by the fuzz test: Commons CSV words this "Invalid character between encapsulated
        // token and delimiter", which was taken for a failure to read the file (exit 74).
        assertThatThrownBy(() -> read("id,name\nA1,\"Ann\"x,more\n"))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA))
                .hasMessageStartingWith("test.csv: a quote in the middle of a quoted field");
    }

    @Test
    void progress_is_unknown_without_a_size_and_reaches_one_at_the_end_with_one() {
        byte[] bytes = "id,name\nA1,Ann\n".getBytes(StandardCharsets.UTF_8);
        try (TabularSource pipe = CsvSource.open("stdin", new ByteArrayInputStream(bytes), -1, StandardCharsets.UTF_8);
             TabularSource file = CsvSource.open("f.csv", new ByteArrayInputStream(bytes), bytes.length, StandardCharsets.UTF_8)) {
            while (file.hasNext()) {
                file.next();
            }
            assertThat(pipe.progress()).isEqualTo(-1);
            assertThat(file.progress()).isEqualTo(1.0);
        }
    }

    @Test
    void a_field_of_100_mb_rejects_its_row_with_its_line_and_the_rows_after_it_read_on() {
        // Generated as it is read: neither the file nor the field is ever whole in memory here.
        String line = "quoted \"\"text\"\", on many lines\n";
        long lines = 100_000_000 / line.length();
        InputStream file = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream("id,name,notes\nC1,Anna,short\nC2,Bert,\"".getBytes(StandardCharsets.UTF_8)),
                repeated(line.getBytes(StandardCharsets.UTF_8), lines),
                new ByteArrayInputStream("\"\nC3,Carl,ok\n".getBytes(StandardCharsets.UTF_8)))));

        List<SourceRow> rows = new ArrayList<>();
        try (dev.rapport.app.TabularSource source = CsvSource.open("big.csv", file, -1, StandardCharsets.UTF_8)) {
            source.forEachRemaining(rows::add);
        }

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).unreadable()).isEmpty();
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).unreadable()).contains("field notes is longer than 1 MB");
        assertThat(rows.get(1).values()).containsExactly("C2", "Bert", "");
        assertThat(rows.get(2).values()).containsExactly("C3", "Carl", "ok");
        assertThat(rows.get(2).line()).isEqualTo(4 + lines);
        assertThat(rows.get(2).unreadable()).isEmpty();
    }

    @Test
    void a_field_of_exactly_the_limit_is_read_whole() {
        String field = "é".repeat(SourceRow.FIELD_LIMIT);

        var rows = read("id,notes\nC1,\"" + field + "\"\nC2," + field + "x\n").rows();

        assertThat(rows.get(0).values()).containsExactly("C1", field);
        assertThat(rows.get(0).unreadable()).isEmpty();
        assertThat(rows.get(1).unreadable()).contains("field notes is longer than 1 MB");
    }

    @Test
    void a_column_name_longer_than_the_limit_is_bad_data() {
        assertThatThrownBy(() -> read("id,n" + "o".repeat(SourceRow.FIELD_LIMIT) + "\nC1,x\n"))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA))
                .hasMessage("test.csv: the header has a column name longer than 1 MB");
    }

    // Helpers.

    /** {@code times} copies of {@code unit}, made as they are read. */
    private static InputStream repeated(byte[] unit, long times) {
        return new InputStream() {
            private final long total = times * unit.length;
            private long done;

            @Override
            public int read() {
                return done == total ? -1 : unit[(int) (done++ % unit.length)] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (done == total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - done);
                for (int i = 0; i < n; i++) {
                    b[off + i] = unit[(int) (done++ % unit.length)];
                }
                return n;
            }
        };
    }

    private record Read(List<String> header, List<SourceRow> rows) {
    }

    private static char delimiterOf(String text) {
        char[] chars = text.toCharArray();
        return CsvSource.delimiter(chars, 0, chars.length);
    }

    private static Read read(String text) {
        return readAll("test.csv", text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static Read readAll(String name, byte[] bytes, Charset charset) {
        try (TabularSource source = CsvSource.open(name, new ByteArrayInputStream(bytes), bytes.length, charset)) {
            List<SourceRow> rows = new ArrayList<>();
            while (source.hasNext()) {
                rows.add(source.next());
            }
            return new Read(source.header(), rows);
        }
    }
}
