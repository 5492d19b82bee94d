package dev.rapport.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long until the next contact, or until an obligation falls due: calendar time ({@code 1 month},
 * {@code P2W}), working days ({@code 3 workdays}), or {@code never}.
 *
 * <p>Calendar arithmetic clamps to the month end, as {@link LocalDate#plusMonths} does: 31 January
 * plus one month is 28 or 29 February. Working days need a {@link WorkCalendar} to count.
 */
public final class Period {

    private enum Kind { CALENDAR, WORKDAYS, NEVER }

    /** Longer than this is no plan but a typo, and dates past it overflow the calendar. */
    public static final int MAX_YEARS = 100;

    public static final Period NEVER = new Period(Kind.NEVER, java.time.Period.ZERO, 0, "never");

    private static final Pattern WORDS = Pattern.compile(
            "(\\d+)\\s*(days?|d|weeks?|w|months?|m|years?|y|workdays?|working\\s+days?|business\\s+days?)");
    // Several calendar parts, as toString writes them: "1 year 2 months", "1 month, 15 days".
    private static final Pattern COMPOUND = Pattern.compile(
            "(\\d+\\s*(days?|d|weeks?|w|months?|m|years?|y))((\\s*,\\s*|\\s+and\\s+|\\s+)\\d+\\s*(days?|d|weeks?|w|months?|m|years?|y))+");
    private static final Pattern ISO = Pattern.compile("-?P.*", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> NAMED = Map.of(
            "daily", "P1D",
            "weekly", "P1W",
            "fortnightly", "P2W",
            "monthly", "P1M",
            "quarterly", "P3M",
            "half-yearly", "P6M",
            "semi-annually", "P6M",
            "yearly", "P1Y",
            "annually", "P1Y");

    private final Kind kind;
    private final java.time.Period calendar;
    private final int workdays;
    private final String text;

    private Period(Kind kind, java.time.Period calendar, int workdays, String text) {
        this.kind = kind;
        this.calendar = calendar;
        this.workdays = workdays;
        this.text = text;
    }

    public static Period of(java.time.Period calendar) {
        if (calendar.isNegative()) {
            throw new InvalidValueException("a period cannot be negative: " + calendar);
        }
        if (calendar.toTotalMonths() + calendar.getDays() / 28 > MAX_YEARS * 12L) {
            throw tooLong(describe(calendar));
        }
        return new Period(Kind.CALENDAR, calendar, 0, describe(calendar));
    }

    public static Period days(int days) {
        return of(java.time.Period.ofDays(days));
    }

    public static Period months(int months) {
        return of(java.time.Period.ofMonths(months));
    }

    public static Period years(int years) {
        return of(java.time.Period.ofYears(years));
    }

    public static Period workdays(int count) {
        if (count < 0) {
            throw new InvalidValueException("a period cannot be negative: " + count + " workdays");
        }
        if (count > MAX_YEARS * 366) {
            throw tooLong(count + " workdays");
        }
        return new Period(Kind.WORKDAYS, java.time.Period.ZERO, count, count + (count == 1 ? " workday" : " workdays"));
    }

    /**
     * Reads the period syntax of the policy file: ISO-8601 ({@code P1M}, {@code P2W}), a count and a
     * unit ({@code 10 days}, {@code 3 months}, {@code 2 workdays}), or a name ({@code monthly},
     * {@code quarterly}, {@code never}).
     */
    public static Period parse(String input) {
        if (input == null || input.isBlank()) {
            throw notAPeriod(input);
        }
        String text = input.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (text.equals("never")) {
            return NEVER;
        }
        String named = NAMED.get(text.replace("half yearly", "half-yearly"));
        if (named != null) {
            return of(java.time.Period.parse(named));
        }
        if (text.startsWith("-")) {
            throw new InvalidValueException("\"" + input.strip() + "\" is negative; a period counts forward, e.g. \"1 month\"");
        }
        if (ISO.matcher(text).matches()) {
            try {
                return of(java.time.Period.parse(text.toUpperCase(Locale.ROOT)));
            } catch (java.time.format.DateTimeParseException | ArithmeticException e) {
                throw notAPeriod(input);
            }
        }
        if (COMPOUND.matcher(text).matches()) {
            java.time.Period sum = java.time.Period.ZERO;
            Matcher part = WORDS.matcher(text);
            try {
                while (part.find()) {
                    sum = sum.plus(parse(part.group()).calendar);
                }
            } catch (ArithmeticException e) {
                throw tooLong(input.strip());
            }
            return of(sum);
        }
        Matcher m = WORDS.matcher(text);
        if (!m.matches()) {
            throw notAPeriod(input);
        }
        int count;
        try {
            count = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            throw tooLong(input.strip()); // digits past an int's range
        }
        String unit = m.group(2);
        if (unit.contains("day") && !unit.startsWith("day") || unit.startsWith("work")) {
            return workdays(count);
        }
        if (count > MAX_YEARS * 366) {
            throw tooLong(input.strip());
        }
        switch (unit.charAt(0)) {
            case 'd': return of(java.time.Period.ofDays(count));
            case 'w': return of(java.time.Period.ofWeeks(count));
            case 'm': return of(java.time.Period.ofMonths(count));
            default: return of(java.time.Period.ofYears(count));
        }
    }

    private static InvalidValueException tooLong(String period) {
        return new InvalidValueException("\"" + period + "\" is longer than " + MAX_YEARS + " years; for no contact at all, say \"never\"");
    }

    private static InvalidValueException notAPeriod(String input) {
        return new InvalidValueException("\"" + (input == null ? "" : input.strip())
                + "\" is not a period; use e.g. \"3 months\" or \"P3M\"");
    }

    public boolean isNever() {
        return kind == Kind.NEVER;
    }

    public boolean isWorkdays() {
        return kind == Kind.WORKDAYS;
    }

    /**
     * The date this period after {@code date}. Working days are counted on {@code calendar}; a
     * period of {@code never} has no date and must be checked with {@link #isNever()} first.
     */
    public LocalDate addTo(LocalDate date, WorkCalendar workCalendar) {
        switch (kind) {
            case CALENDAR: return date.plus(calendar);
            case WORKDAYS: return workCalendar.addWorkdays(date, workdays);
            default: throw new IllegalStateException("a period of never has no date");
        }
    }

    /** The period in the words a person writes in the policy file, e.g. {@code 3 months}. */
    @Override
    public String toString() {
        return text;
    }

    private static String describe(java.time.Period p) {
        if (p.isZero()) {
            return "0 days";
        }
        StringBuilder sb = new StringBuilder();
        append(sb, p.getYears(), "year");
        append(sb, p.getMonths(), "month");
        int days = p.getDays();
        if (days % 7 == 0 && p.getYears() == 0 && p.getMonths() == 0) {
            append(sb, days / 7, "week");
        } else {
            append(sb, days, "day");
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, int count, String unit) {
        if (count == 0) {
            return;
        }
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(count).append(' ').append(unit).append(count == 1 ? "" : "s");
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Period)) {
            return false;
        }
        Period other = (Period) o;
        return kind == other.kind && calendar.equals(other.calendar) && workdays == other.workdays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, calendar, workdays);
    }
}
