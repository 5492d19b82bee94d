package dev.rapport.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.app.SourceRow;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A YAML list of records, read safely: no tags, no alias expansion, errors that say what was found. */
class YamlSourceTest {

    private static final List<String> FIELDS = List.of("id", "name", "notes");

    @Test
    void records_are_read_as_text() {
        assertThat(read("- id: C1\n  name: Ada\n  notes: [a, b]\n")).containsExactly(List.of("C1", "Ada", "a;b"));
    }

    @Test
    void a_tag_naming_a_java_class_is_refused() {
        assertThatThrownBy(() -> read("- id: !!java.net.URL http://evil.example\n  name: Ada\n"))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA))
                .hasMessageContaining("the tag !!java.net.URL is not supported here");
        assertThat(read("- id: !!str 12\n  name: Ada\n")).containsExactly(java.util.Arrays.asList("12", "Ada", null));
    }

    @Test
    void a_syntax_error_says_what_was_found() {
        // Found by the fuzz test: only "while scanning for the next token" was said.
        assertThatThrownBy(() -> read("- id: C1\n\tname: Ada\n"))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA))
                .hasMessageContaining("while scanning for the next token: found character '\\t(TAB)'");
    }

    @Test
    void an_alias_is_refused_not_imported_as_its_anchors_name() {
        // The streaming parser gave "*n" back as the text "n", which was imported as the name.
        assertThatThrownBy(() -> read("- id: C1\n  name: &n Ada\n- id: C2\n  name: *n\n"))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA))
                .hasMessageContaining("aliases (*n) are not supported here");
    }

    @Test
    void an_alias_bomb_is_refused_at_its_first_alias() {
        String bomb = "- id: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
                + "  name: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]\n"
                + "  notes: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]\n";
        assertThatThrownBy(() -> read(bomb)).isInstanceOf(RapportException.class).hasMessageContaining("aliases (*a0)");
    }

    @Test
    void every_document_of_a_multi_document_file_is_read_each_a_list_or_one_record() {
        // Only the first document was read: "read 1", and the rest were lost without a word.
        String yaml = "- id: C1\n  name: Ada\n- id: C2\n  name: Bob\n"
                + "---\n- id: C3\n  name: Cy\n"
                + "---\nid: C4\nname: Di\n"
                + "--- # an empty document\n"
                + "...\n---\n- id: C5\n";

        assertThat(read(yaml)).extracting(row -> row.get(0)).containsExactly("C1", "C2", "C3", "C4", "C5");
    }

    @Test
    void a_document_that_is_neither_a_list_nor_a_record_is_refused_with_its_line() {
        assertThatThrownBy(() -> read("- id: C1\n---\njust text\n"))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA))
                .hasMessage("test.yaml:3: document 2: expected a list of records (\"- id: C1\" …) or one record, found just text");
    }

    @Test
    void a_lone_surrogate_is_refused_naming_the_line_and_the_field() {
        // "\ud800" was stored as "?": half a character cannot be written as UTF-8.
        assertThatThrownBy(() -> read("- id: C1\n  name: Ada\n  notes: \"ok \\ud800 then\"\n"))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA))
                .hasMessage("test.yaml:3: record 1: notes: \\ud800 is half of a character (a lone surrogate);"
                        + " write the character itself, or its escape as one \\U0001F600");
        assertThatThrownBy(() -> read("- id: C1\n  notes: [\"\\udc00\"]\n"))
                .isInstanceOf(RapportException.class).hasMessageContaining("notes: \\udc00 is half of a character");
        assertThat(read("- id: C1\n  notes: \"\\ud83d\\ude00 \\U0001F600 😀\"\n"))
                .containsExactly(java.util.Arrays.asList("C1", null, "😀 😀 😀"));
    }

    @Test
    void a_field_given_twice_in_a_record_is_refused() {
        assertThatThrownBy(() -> read("- id: C1\n  name: Ada\n  name: Bob\n"))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA))
                .hasMessage("test.yaml:3: record 1: the field \"name\" is given twice; keep one");
    }

    @Test
    void a_value_longer_than_a_megabyte_rejects_its_record_and_the_next_are_read() {
        String yaml = "- id: C1\n  name: Ada\n- id: C2\n  name: Bob\n  notes: " + "n".repeat(SourceRow.FIELD_LIMIT + 1)
                + "\n- id: C3\n  name: Cy\n  notes: [" + "tag, ".repeat(SourceRow.FIELD_LIMIT / 3) + "last]\n- id: C4\n  name: Di\n";

        List<SourceRow> rows = rows(new StringReader(yaml));

        assertThat(rows).map(SourceRow::unreadable).containsExactly(java.util.Optional.empty(),
                java.util.Optional.of("field notes is longer than 1 MB"), java.util.Optional.of("field notes is longer than 1 MB"),
                java.util.Optional.empty());
        assertThat(rows.get(1).values()).containsExactly("C2", "Bob", "");
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(3).values()).containsExactly("C4", "Di", null);
    }

    @Test
    void a_value_of_100_mb_is_refused_while_it_is_read_naming_the_line_of_its_record() {
        // Generated as it is read: SnakeYAML would gather the whole value before handing it over.
        Reader yaml = concatenated(new StringReader("- id: C1\n  name: Ada\n- id: C2\n  name: Bob\n  notes: \""),
                repeated("words and more words ", 5_000_000), new StringReader("\"\n"));

        assertThatThrownBy(() -> rows(yaml))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA))
                .hasMessage("test.yaml:3: record 2: a value is far longer than 1 MB, the most a field may hold");
    }

    private static List<SourceRow> rows(Reader yaml) {
        List<SourceRow> rows = new ArrayList<>();
        try (YamlSource source = YamlSource.yaml("test.yaml", yaml, FIELDS)) {
            source.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static Reader concatenated(Reader... parts) {
        return new Reader() {
            private int part;

            @Override
            public int read(char[] buffer, int off, int len) throws java.io.IOException {
                while (part < parts.length) {
                    int n = parts[part].read(buffer, off, len);
                    if (n >= 0) {
                        return n;
                    }
                    part++;
                }
                return -1;
            }

            @Override
            public void close() {
            }
        };
    }

    /** {@code times} copies of {@code unit}, made as they are read. */
    private static Reader repeated(String unit, long times) {
        return new Reader() {
            private final long total = times * unit.length();
            private long done;

            @Override
            public int read(char[] buffer, int off, int len) {
                if (done == total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - done);
                for (int i = 0; i < n; i++) {
                    buffer[off + i] = unit.charAt((int) (done++ % unit.length()));
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    private static List<List<String>> read(String yaml) {
        List<List<String>> rows = new ArrayList<>();
        try (YamlSource source = YamlSource.yaml("test.yaml", new StringReader(yaml), FIELDS)) {
            while (source.hasNext()) {
                SourceRow row = source.next();
                rows.add(row.values());
            }
        }
        return rows;
    }
}
