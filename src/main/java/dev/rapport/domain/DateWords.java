package dev.rapport.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day, and perhaps a time of day, as people type them on the command line (SPEC §3): ISO
 * ({@code 2026-11-16}, {@code 2026-11-16T14:30}, {@code 2026-11-16 14:30}), {@code today},
 * {@code tomorrow}, {@code yesterday}, a weekday ({@code friday} is the next one, never today;
 * {@code last friday} the one before today), an offset ({@code +3d}, {@code -2w}, {@code +1m},
 * {@code +1y}, {@code 3 workdays}, {@code 2 weeks}, {@code 2 weeks ago}, or a period of the policy's
 * syntax such as {@code P2W} or {@code monthly}), {@code eow} and {@code eom}, each with or without a
 * time ({@code 14:30} alone is today).
 *
 * <p>Reading the words needs nothing but the words; what day they name follows from today and
 * the working calendar, given when the day is wanted ({@link #date}), so that a command line is
 * read before the policy and the clock are. Months are calendar months that clamp to the month's
 * end, as every period does: 31 January {@code +1m} is 28 or 29 February.
 *
 * <p>{@code eow} and {@code eom} are the last <em>working</em> day of this week (Monday to Sunday)
 * and of this month, or of the next one once that day has passed: every due date lands on a working
 * day, and the calendar's shift rule would move a promise due on "the end of the week", a Sunday,
 * into the next week.
 */
public final class DateWords {

    /** What the words may be, for the one sentence that refuses others. */
    public static final String FORMS = "use YYYY-MM-DD, today, tomorrow, yesterday, a weekday (friday, last friday), "
            + "+3d, -2w, +1m, 2 weeks, 3 workdays, eow or eom, with or without a time (14:30, yesterday 16:00, 2026-11-16 14:30)";

    /** A bare day given for a moment is noon of that day: not midnight, which reads as the evening before. */
    private static final LocalTime NOON = LocalTime.NOON;

    /** An offset further than this is a typo, and its date would overflow the calendar. */
    private static final long MAX_DAYS = Period.MAX_YEARS * 366L;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern ISO_DATE = Pattern.compile("([+-]?\\d{4,})-(\\d{2})-(\\d{2})");
    private static final Pattern ISO_MOMENT = Pattern.compile("([+-]?\\d{4,}-\\d{2}-\\d{2})t(.+)");
    private static final Pattern OFFSET = Pattern.compile(
            "(in )?([+-])?(\\d+) ?(d|days?|w|weeks?|m|months?|y|years?|workdays?|working days?|business days?)( ago)?");

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thur", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("sun", DayOfWeek.SUNDAY));

    /** How the day follows from today and the working calendar. */
    @FunctionalInterface
    private interface Day {
        LocalDate from(LocalDate today, WorkCalendar calendar);
    }

    private final String text;
    private final Day day;
    private final Optional<LocalTime> time;

    private DateWords(String text, Day day, Optional<LocalTime> time) {
        this.text = text;
        this.day = day;
        this.time = time;
    }

    /**
     * Reads the words; ones that name no day, or an ISO date that is not in the calendar
     * ({@code 2026-02-30}), throw InvalidValueException naming the forms.
     */
    public static DateWords parse(String input) {
        String typed = input == null ? "" : SPACES.matcher(input.strip()).replaceAll(" ");
        String words = typed.toLowerCase(Locale.ROOT);
        String dayWords = words;
        String timeWords = null;
        Matcher moment = ISO_MOMENT.matcher(words);
        if (moment.matches()) {
            dayWords = moment.group(1);
            timeWords = moment.group(2);
        } else {
            int space = words.lastIndexOf(' ');
            String last = words.substring(space + 1);
            if (TIME.matcher(last).matches()) {
                dayWords = space < 0 ? "" : words.substring(0, space);
                timeWords = last;
            }
        }
        if (words.isEmpty()) {
            throw notADate(typed);
        }
        Optional<LocalTime> time = timeWords == null ? Optional.empty() : Optional.of(timeOfDay(typed, timeWords));
        Day day = dayWords.isEmpty() ? (today, calendar) -> today : day(typed, dayWords);
        return new DateWords(typed, day, time);
    }

    /** Whether the text is a day these words can name; for readers that try several kinds of value. */
    public static boolean isDate(String input) {
        try {
            parse(input);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /**
     * The day the words name, from {@code today} on {@code calendar}; the time of day, if any, is
     * not part of it. A day before the year 1 or after {@link IsoDate#LAST} throws
     * InvalidValueException.
     */
    public LocalDate date(LocalDate today, WorkCalendar calendar) {
        LocalDate date;
        try {
            date = day.from(today, calendar);
        } catch (DateTimeException | ArithmeticException e) {
            date = null;
        }
        if (date == null || date.isAfter(IsoDate.LAST)) {
            throw new InvalidValueException("\"" + text + "\" from " + today + " passes " + IsoDate.LAST
                    + ", the last day rapport plans for");
        }
        if (date.getYear() < 1) {
            throw new InvalidValueException("\"" + text + "\" from " + today + " is before 0001-01-01, the first day rapport plans for");
        }
        return date;
    }

    /**
     * The moment the words name, seen from {@code now}: the day at the time given; a day without a
     * time is now when it is today, else noon of that day.
     */
    public LocalDateTime moment(LocalDateTime now, WorkCalendar calendar) {
        LocalDate date = date(now.toLocalDate(), calendar);
        if (time.isPresent()) {
            return date.atTime(time.get());
        }
        return date.equals(now.toLocalDate()) ? now : date.atTime(NOON);
    }

    /** The time of day given, if one is. */
    public Optional<LocalTime> time() {
        return time;
    }

    /** The words as typed, spaces collapsed. */
    @Override
    public String toString() {
        return text;
    }

    private static Day day(String typed, String words) {
        switch (words) {
            case "today":
                return (today, calendar) -> today;
            case "tomorrow":
                return (today, calendar) -> today.plusDays(1);
            case "yesterday":
                return (today, calendar) -> today.minusDays(1);
            case "eow":
            case "end of week":
                return DateWords::endOfWeek;
            case "eom":
            case "end of month":
                return DateWords::endOfMonth;
            default:
                break;
        }
        DayOfWeek next = WEEKDAYS.get(words);
        if (next != null) {
            return (today, calendar) -> today.with(TemporalAdjusters.next(next));
        }
        if (words.startsWith("last ") && WEEKDAYS.containsKey(words.substring(5))) {
            DayOfWeek last = WEEKDAYS.get(words.substring(5));
            return (today, calendar) -> today.with(TemporalAdjusters.previous(last));
        }
        Matcher iso = ISO_DATE.matcher(words);
        if (iso.matches()) {
            LocalDate date = isoDate(typed, iso);
            return (today, calendar) -> date;
        }
        Matcher offset = OFFSET.matcher(words);
        if (offset.matches()) {
            return offset(typed, offset);
        }
        if (words.startsWith("+") || words.startsWith("-")) {
            throw notADate(typed);
        }
        Period period;
        try {
            period = Period.parse(words);   // the policy's syntax too: P2W, monthly, 1 year 2 months
        } catch (InvalidValueException notAPeriod) {
            throw notADate(typed);
        }
        if (period.isNever()) {
            throw notADate(typed);
        }
        return (today, calendar) -> period.addTo(today, calendar);
    }

    private static LocalDate isoDate(String typed, Matcher iso) {
        String year = iso.group(1);
        if (year.length() != 4 || year.equals("0000")) {
            throw new InvalidValueException("\"" + typed + "\" is not a date between the years 1 and 9999");
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        } catch (DateTimeException e) {
            throw new InvalidValueException("\"" + typed + "\" is not a date: " + iso.group() + " is not in the calendar; "
                    + "use YYYY-MM-DD, e.g. 2026-03-01");
        }
    }

    private static Day offset(String typed, Matcher offset) {
        boolean in = offset.group(1) != null;
        String sign = offset.group(2);
        boolean ago = offset.group(5) != null;
        if (ago && (in || sign != null) || in && sign != null) {
            throw notADate(typed);
        }
        String digits = offset.group(3);
        long count = digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
        String unit = offset.group(4);
        boolean workdays = unit.startsWith("work") || unit.startsWith("business");
        long days = switch (workdays ? 'd' : unit.charAt(0)) {
            case 'd' -> count;
            case 'w' -> count * 7;
            case 'm' -> count * 28;   // the bound of Period: months and days/28 make at most MAX_YEARS*12
            default -> count * 336;
        };
        boolean tooFar = workdays ? count > MAX_DAYS : days / 28 > Period.MAX_YEARS * 12L;
        if (count == Long.MAX_VALUE || tooFar) {
            throw new InvalidValueException("\"" + typed + "\" is not a period of at most " + Period.MAX_YEARS + " years");
        }
        int n = (int) count;
        int signum = ago || "-".equals(sign) ? -1 : 1;
        if (workdays) {
            return (today, calendar) -> signum > 0 ? calendar.addWorkdays(today, n) : workdaysBefore(today, n, calendar);
        }
        return switch (unit.charAt(0)) {
            case 'd' -> (today, calendar) -> today.plusDays(signum * (long) n);
            case 'w' -> (today, calendar) -> today.plusWeeks(signum * (long) n);
            case 'm' -> (today, calendar) -> today.plusMonths(signum * (long) n);
            default -> (today, calendar) -> today.plusYears(signum * (long) n);
        };
    }

    /** Counts back as {@link WorkCalendar#addWorkdays} counts forward: zero is today, or the working day before it. */
    private static LocalDate workdaysBefore(LocalDate today, int count, WorkCalendar calendar) {
        if (count == 0) {
            return calendar.onOrBefore(today);
        }
        LocalDate d = today;
        int left = count;
        while (left > 0) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The last working day of this week (Monday to Sunday) when it is not yet past, else of the week after. */
    private static LocalDate endOfWeek(LocalDate today, WorkCalendar calendar) {
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        while (true) {
            LocalDate last = lastWorkingDay(sunday.minusDays(6), sunday, calendar);
            if (last != null && !last.isBefore(today)) {
                return last;
            }
            sunday = sunday.plusWeeks(1);
        }
    }

    /** The last working day of this month when it is not yet past, else of the month after. */
    private static LocalDate endOfMonth(LocalDate today, WorkCalendar calendar) {
        LocalDate first = today.withDayOfMonth(1);
        while (true) {
            LocalDate last = lastWorkingDay(first, first.with(TemporalAdjusters.lastDayOfMonth()), calendar);
            if (last != null && !last.isBefore(today)) {
                return last;
            }
            first = first.plusMonths(1);
        }
    }

    /** The last working day from {@code first} to {@code last}, or null when none of them is one. */
    private static LocalDate lastWorkingDay(LocalDate first, LocalDate last, WorkCalendar calendar) {
        for (LocalDate d = last; !d.isBefore(first); d = d.minusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                return d;
            }
        }
        return null;
    }

    private static LocalTime timeOfDay(String typed, String words) {
        Matcher m = TIME.matcher(words);
        if (!m.matches()) {
            throw notADate(typed);
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hour > 23 || minute > 59 || second > 59) {
            throw new InvalidValueException("\"" + typed + "\" is not a date and time: " + words
                    + " is not a time of day; use HH:MM from 00:00 to 23:59");
        }
        return LocalTime.of(hour, minute, second);
    }

    private static InvalidValueException notADate(String typed) {
        return new InvalidValueException("\"" + typed + "\" is not a date; " + FORMS);
    }
}
