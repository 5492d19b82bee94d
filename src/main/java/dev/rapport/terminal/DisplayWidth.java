package dev.rapport.terminal;

import org.jline.utils.WCWidth;

/**
 * Text as a terminal shows it: East Asian wide characters take two columns, combining marks none,
 * and control characters are made visible so that a name cannot move the cursor, change colours,
 * start a line of its own or turn the rest of one around.
 */
public final class DisplayWidth {

    private static final String ELLIPSIS = "…";

    private DisplayWidth() {
    }

    /** The columns {@code text} takes on a terminal. */
    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += width(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /**
     * One character's columns. Printable characters below U+0300 (Latin, with its accents
     * precomposed) take one column and are answered without WCWidth's table search, which every
     * cell of every table paid for each letter.
     */
    static int width(int cp) {
        if ((cp >= 0x20 && cp < 0x7f) || (cp >= 0xa0 && cp < 0x300)) {
            return 1;
        }
        return Math.max(0, WCWidth.wcwidth(cp));
    }

    /**
     * The text as one line a terminal shows as it is: line breaks (also U+0085, and the line and
     * paragraph separators U+2028 and U+2029) as spaces; other control characters, escape
     * sequences among them, in caret notation ({@code ^[}); and the bidirectional embeddings,
     * overrides and isolates (U+202A to U+202E, U+2066 to U+2069), which reorder the rest of a
     * line and so can make a name show as another, as {@code <U+202E>}. The marks U+200E and
     * U+200F stay: right-to-left names need them, and they reorder nothing beyond their neighbours.
     */
    public static String safe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x2028 && c <= 0x2069 && (c <= 0x2029 || isBidiControl(c)));
            if (unsafe && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out == null) {
                continue;
            }
            if (!unsafe) {
                out.append(c);
            } else if (c == '\n' || c == '\r' || c == '\t' || c == 0x85 || c == 0x2028 || c == 0x2029) {
                out.append(' ');
            } else if (c < 0x20) {
                out.append('^').append((char) (c + 64));
            } else if (isBidiControl(c)) {
                out.append(String.format("<U+%04X>", (int) c));
            } else {
                out.append('?');
            }
        }
        return out == null ? text : out.toString();
    }

    /** The bidirectional controls that hold until their end (or the line's): embeddings, overrides, isolates. */
    private static boolean isBidiControl(char c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Like {@link #safe}, line by line: a message of several lines keeps its line breaks. */
    public static String safeLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            out.append(safe(text.substring(start, nl))).append('\n');
            start = nl + 1;
        }
        return out.append(safe(text.substring(start))).toString();
    }

    /** Cuts {@code text} to at most {@code width} columns, ending with … when it was longer. */
    public static String truncate(String text, int width) {
        if (of(text) <= width) {
            return text;
        }
        if (width <= 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = width(cp);
            if (used + w > width - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.append(ELLIPSIS).toString();
    }

    /** Pads {@code text} with spaces to {@code width} columns. */
    public static String pad(String text, int width) {
        int missing = width - of(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }
}
