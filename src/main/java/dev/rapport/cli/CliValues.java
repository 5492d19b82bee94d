package dev.rapport.cli;

import dev.rapport.app.RapportException;
import dev.rapport.domain.Channel;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.domain.DateWords;
import dev.rapport.domain.Period;
import java.util.function.Function;

/**
 * Option values that the domain reads: a value it refuses is a usage error that names the option.
 */
public final class CliValues {

    private CliValues() {
    }

    public static <T> T parse(String option, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (InvalidValueException e) {
            throw RapportException.usage(option + ": " + e.getMessage());
        }
    }

    public static Channel channel(String option, String text) {
        return parse(option, text, Channel::of);
    }

    public static Period period(String option, String text) {
        return parse(option, text, Period::parse);
    }

    /** A contact's number as {@code rapport history} shows it, {@code #812}, or bare, {@code 812}. */
    public static long contactId(String text) {
        String t = text.strip();
        String digits = t.startsWith("#") ? t.substring(1) : t;
        try {
            long id = Long.parseLong(digits);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw RapportException.usage("\"" + text + "\" is not a contact's number; use the #ID that rapport history shows, e.g. 812");
    }

    /**
     * A date option's value when it is given as one word, quoted or after {@code =}
     * (registered for DateWords in RapportCli; {@link Phrases.Date} reads unquoted words).
     */
    static DateWords dateWords(String text) {
        try {
            return DateWords.parse(text);
        } catch (InvalidValueException e) {
            throw new picocli.CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** A file name option's value; one no file system takes (a NUL in it) is refused in words. */
    static java.nio.file.Path path(String text) {
        try {
            return java.nio.file.Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new picocli.CommandLine.TypeConversionException("\"" + text + "\" is not a file name: "
                    + e.getReason().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
