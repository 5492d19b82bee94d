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

    private static List<List<String>> read(String yaml) {
        List<List<String>> rows = new ArrayList<>();
        try (YamlSource source = new YamlSource("test.yaml", new StringReader(yaml), FIELDS)) {
            while (source.hasNext()) {
                SourceRow row = source.next();
                rows.add(row.values());
            }
        }
        return rows;
    }
}
