package dev.rapport.terminal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
