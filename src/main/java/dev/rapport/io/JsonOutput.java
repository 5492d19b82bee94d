package dev.rapport.io;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON for pipes ({@code | jq}). Written by hand because it is a few lines and keeps Jackson's
 * databind out of every command's start-up.
 */
public final class JsonOutput {

    private JsonOutput() {
    }

    /** One object, pretty enough to read. */
    public static String render(Map<String, ?> object) {
        StringBuilder out = new StringBuilder();
        value(out, object);
        return out.append('\n').toString();
    }

    static void value(StringBuilder out, Object v) {
        // A missing value is null wherever JSON is written: an empty text is no value either.
        if (v == null || v instanceof Optional<?> o && o.isEmpty() || v instanceof CharSequence text && text.isEmpty()) {
            out.append("null");
        } else if (v instanceof Optional<?> o) {
            value(out, o.get());
        } else if (v == null) {
            out.append("null");
        } else if (v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ", ");
                first = false;
                string(out, String.valueOf(e.getKey()));
                out.append(": ");
                value(out, e.getValue());
            }
            out.append('}');
        } else if (v instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                value(out, list.get(i));
            }
            out.append(']');
        } else {
            string(out, v.toString());
        }
    }

    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
