package dev.rapport.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.app.SourceRow;
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
