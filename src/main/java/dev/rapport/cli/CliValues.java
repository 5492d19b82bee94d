package dev.rapport.cli;

import dev.rapport.app.RapportException;
import dev.rapport.domain.Channel;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.domain.Period;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Option values that the domain reads: a value it refuses is a usage error that names the option.
 */
final class CliValues {

    private CliValues() {
    }

    static <T> T parse(String option, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (InvalidValueException e) {
            throw RapportException.usage(option + ": " + e.getMessage());
        }
    }

    static Channel channel(String option, String text) {
        return parse(option, text, Channel::of);
    }

    static Period period(String option, String text) {
        return parse(option, text, Period::parse);
    }

    /**
     * A moment as people type it: {@code 2026-11-20}, {@code 2026-11-20T14:30} or
     * {@code 2026-11-20 14:30}. A bare date means now when it is today, else noon of that day.
     */
    static LocalDateTime when(String option, String text, LocalDateTime now) {
        String t = text.strip().replace(' ', 'T');
        try {
            if (t.length() <= 10) {
                LocalDate d = LocalDate.parse(t);
                return d.equals(now.toLocalDate()) ? now : d.atTime(12, 0);
            }
            return LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            throw RapportException.usage(option + ": \"" + text + "\" is not a date or time; use YYYY-MM-DD or YYYY-MM-DDTHH:MM");
        }
    }

    /** A date, or a period from today: {@code 2026-12-01}, {@code 2 weeks}. */
    static LocalDate dateOrPeriod(String option, String text, LocalDate today) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            try {
                Period p = Period.parse(text);
                if (p.isNever() || p.isWorkdays()) {
                    throw new InvalidValueException("");
                }
                return p.addTo(today, null);
            } catch (InvalidValueException notAPeriod) {
                throw RapportException.usage(option + ": \"" + text + "\" is neither a date (YYYY-MM-DD) nor a period (e.g. 2 weeks)");
            }
        }
    }
}
