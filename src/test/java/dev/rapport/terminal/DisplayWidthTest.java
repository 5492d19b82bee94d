package dev.rapport.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jline.utils.WCWidth;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void the_quick_answer_for_latin_letters_is_the_one_wcwidth_gives() {
        for (int cp = 0; cp < 0x300; cp++) {
            assertThat(DisplayWidth.width(cp)).as("U+%04X", cp).isEqualTo(Math.max(0, WCWidth.wcwidth(cp)));
        }
    }

    @Test
    void wide_characters_take_two_columns_and_combining_marks_none() {
        assertThat(DisplayWidth.of("王芳")).isEqualTo(4);
        assertThat(DisplayWidth.of("Müller")).isEqualTo(6);
        assertThat(DisplayWidth.of("Mu\u0308ller")).isEqualTo(6);
        assertThat(DisplayWidth.truncate("上海星辰贸易有限公司", 7)).isEqualTo("上海星…");
    }

    @Test
    void safe_text_shows_the_bidi_controls_that_turn_a_line_around_by_their_code_points() {
        for (char c : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".toCharArray()) {
            assertThat(DisplayWidth.safe("a" + c + "b")).isEqualTo(String.format("a<U+%04X>b", (int) c));
        }
    }

    @Test
    void safe_text_is_one_line_whatever_breaks_a_line() {
        assertThat(DisplayWidth.safe("a\nb\rc\td\u0085e\u2028f\u2029g")).isEqualTo("a b c d e f g");
        assertThat(DisplayWidth.safe("\u001b[2J\u0007\u007f\u009b")).isEqualTo("^[[2J^G??");
    }

    @Test
    void safe_text_keeps_what_a_terminal_shows_as_it_is() {
        for (String text : List.of("Müller", "王芳", "שלום\u200F עולם", "مرحبا\u200E", "50‰ · 2026‐11‐23 — “quoted”", "\u2030\u2070")) {
            assertThat(DisplayWidth.safe(text)).isSameAs(text);
        }
    }

    @Test
    void safe_text_stays_as_it_is_when_made_safe_again() {
        String once = DisplayWidth.safe("x\u202E\u001b[31m\u2028y");
        assertThat(DisplayWidth.safe(once)).isEqualTo(once).isEqualTo("x<U+202E>^[[31m y");
    }
}
