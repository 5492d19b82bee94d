package dev.rapport.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * CSV text cut field by field at a limit (here 5 characters) on its way to the parser, following
 * the quoting as the parser does, so that every record reads as before but for the cut field.
 */
class BoundedFieldsTest {

    private static final int LIMIT = 5;

    @Test
    void fields_up_to_the_limit_pass_unchanged_in_every_quoting() {
        String text = "id,note\r\nA1,\"a\"\"\nb\"\nA2,12345\n\nA3,\"\"\n";

        assertThat(cut(text).text()).isEqualTo(text);
        assertThat(cut(text).records()).isEqualTo(parse(text));
    }

    @Test
    void an_unquoted_field_is_cut_at_the_limit_and_its_record_and_field_noted() {
        Cut cut = cut("id,note,x\nA1,123456789,z\nA2,ok,y\n");

        assertThat(cut.text()).isEqualTo("id,note,x\nA1,12345,z\nA2,ok,y\n");
        assertThat(cut.noted()).containsExactly("record 2 field 1");
    }

    @Test
    void a_quoted_field_keeps_its_closing_quote_so_the_next_records_read_as_before() {
        Cut cut = cut("id,note\r\nA1,\"ab\"\"cd\nef,\"\"gh\"\r\nA2,\"x\"\r\n");

        assertThat(cut.text()).isEqualTo("id,note\r\nA1,\"ab\"\"cd\"\r\nA2,\"x\"\r\n");
        assertThat(cut.records()).containsExactly(List.of("id", "note"), List.of("A1", "ab\"cd"), List.of("A2", "x"));
        assertThat(cut.noted()).containsExactly("record 2 field 1");
    }

    @Test
    void records_are_counted_as_the_parser_counts_them_across_crlf_blank_lines_and_quoted_line_breaks() {
        String text = "id,note\r\n\r\nA1,\"1\r\n2\"\r\nA2,toolongvalue\rA3,x\n";
        Cut cut = cut(text);

        assertThat(cut.noted()).containsExactly("record 4 field 1");
        assertThat(parse(text).get(3)).containsExactly("A2", "toolongvalue");
    }

    @Test
    void the_line_breaks_dropped_with_a_field_are_counted_for_the_lines_of_the_records_after_it() throws IOException {
        try (BoundedFields bounded = new BoundedFields(new StringReader("id\n\"abcdef\r\n\n\rg\"\nA2\n\"h\ni\"\n"), ',', LIMIT)) {
            bounded.transferTo(java.io.Writer.nullWriter());

            assertThat(bounded.lineBreaksDroppedBefore(2)).isZero();
            assertThat(bounded.lineBreaksDroppedBefore(3)).isEqualTo(3);
            assertThat(bounded.lineBreaksDroppedBefore(4)).isEqualTo(3);
        }
    }

    @Test
    void a_quote_inside_an_unquoted_field_is_text_as_the_parser_reads_it() {
        Cut cut = cut("id,note\nA1,ab\"cdefgh\nA2,\"x\"\n");

        assertThat(cut.records()).containsExactly(List.of("id", "note"), List.of("A1", "ab\"cd"), List.of("A2", "x"));
    }

    @Test
    void the_other_delimiters_and_white_space_after_a_closing_quote_are_kept() {
        String text = "id;note\nA1;\"abc\" ;x\nA2;\"abcdefgh\"  \n";
        Cut cut = cut(text, ';');

        assertThat(cut.text()).isEqualTo("id;note\nA1;\"abc\" ;x\nA2;\"abcde\"  \n");
        assertThat(cut.noted()).containsExactly("record 3 field 1");
    }

    @Test
    void a_quote_held_at_the_end_of_the_input_is_passed_on() {
        assertThat(cut("id\n\"abc\"").text()).isEqualTo("id\n\"abc\"");
        assertThat(cut("id\n\"abcdefgh\"").text()).isEqualTo("id\n\"abcde\"");
    }

    // Helpers.

    private record Cut(String text, List<List<String>> records, List<String> noted) {
    }

    private static Cut cut(String text) {
        return cut(text, ',');
    }

    /** Reads the text through the cut one character at a time, as the slowest reader would. */
    private static Cut cut(String text, char delimiter) {
        StringBuilder passed = new StringBuilder();
        try (BoundedFields bounded = new BoundedFields(new StringReader(text), delimiter, LIMIT)) {
            char[] one = new char[1];
            while (bounded.read(one, 0, 1) > 0) {
                passed.append(one[0]);
            }
            List<String> noted = new ArrayList<>();
            for (long record = 1; record <= 10; record++) {
                OptionalInt field = bounded.cutIn(record);
                if (field.isPresent()) {
                    noted.add("record " + record + " field " + field.getAsInt());
                }
            }
            return new Cut(passed.toString(), parse(passed.toString(), delimiter), noted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> parse(String text) {
        return parse(text, ',');
    }

    private static List<List<String>> parse(String text, char delimiter) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrim(false).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<List<String>> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
