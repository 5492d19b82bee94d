package dev.rapport.domain;

/** How free text is kept: never null, trimmed. */
final class Text {

    private Text() {
    }

    static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
