package dev.rapport.io;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * What a YAML parser said of a file it could not read, as one sentence for a person: SnakeYAML's
 * lines that say what it was doing and what it found ("while scanning a quoted scalar: found
 * unexpected end of stream"), without the quoted source it points into, and without the names of
 * Java exceptions that Jackson wraps around some of them.
 */
public final class YamlProblem {

    private YamlProblem() {
    }

    public static String sentence(JsonProcessingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof NumberFormatException) {
                // SnakeYAML reading the digits of a backslash-u escape or a number that the file cuts short.
                return "an escape sequence or number that is cut short or not hexadecimal";
            }
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(line -> line.replaceAll("\\(?\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error)\\)?:? ?", ""))
                .collect(java.util.stream.Collectors.joining(": "));
    }
}
