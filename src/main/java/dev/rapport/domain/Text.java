package dev.rapport.domain;

/** How free text is kept: never null, trimmed. */
final class Text {

    private Text() {
    }

    /** Empty text is always the one shared "": a million customers have many empty fields. */
    static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = s.strip();
        return t.isEmpty() ? "" : t;
    }
}
