package dev.rapport.app;

/**
 * What a YAML parser said of a file it could not read, as one sentence for a person: SnakeYAML's
 * lines that say what it was doing and what it found ("while scanning a quoted scalar: found
 * unexpected end of stream"), without the quoted source it points into, and without the names of
 * Java exceptions that Jackson wraps around some of them.
 *
 * <p>In app, beside the error type whose messages it phrases, because both readers of YAML need
 * it, io (imports, mappings) and config (the policy), and app is what both may import. It takes
 * the parser's message and cause rather than Jackson's exception, so app needs no library.
 */
public final class YamlProblem {

    private YamlProblem() {
    }

    /**
     * @param message what the parser said ({@code JsonProcessingException#getOriginalMessage}), null for nothing
     * @param cause   what its exception was caused by, null for nothing
     */
    public static String sentence(String message, Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof NumberFormatException) {
                // SnakeYAML reading the digits of a backslash-u escape or a number that the file cuts short.
                return "an escape sequence or number that is cut short or not hexadecimal";
            }
        }
        String said = message == null ? "" : message;
        return said.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(line -> line.replaceAll("\\(?\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error)\\)?:? ?", ""))
                .collect(java.util.stream.Collectors.joining(": "));
    }
}
