package dev.rapport.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a customer likes to be contacted: preferred days of the week and hours of the day, in the
 * customer's own time zone. Empty days or hours mean no preference.
 */
public record ContactWindow(Set<DayOfWeek> days, List<Hours> hours) {

    public static final ContactWindow ANY = new ContactWindow(Set.of(), List.of());

    private static final java.util.regex.Pattern DAY_SEPARATORS = java.util.regex.Pattern.compile("[,;\\s/]+");
    private static final java.util.regex.Pattern HOURS_SEPARATORS = java.util.regex.Pattern.compile("\\s*[,;]\\s*");
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("\\s*[-–]\\s*");

    /** A span of the day, {@code 09:00-12:00}. */
    public record Hours(LocalTime from, LocalTime to) {
        public Hours {
            if (!from.isBefore(to)) {
                throw new InvalidValueException("hours " + from + "-" + to + " end before they start");
            }
        }

        @Override
        public String toString() {
            return from + "-" + to;
        }
    }

    public ContactWindow {
        days = days.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(days));
        hours = List.copyOf(hours);
    }

    /** Whether a contact at this local time (the customer's) falls in the window. */
    public boolean allows(java.time.LocalDateTime local) {
        boolean day = days.isEmpty() || days.contains(local.getDayOfWeek());
        LocalTime t = local.toLocalTime();
        boolean hour = hours.isEmpty() || hours.stream().anyMatch(h -> !t.isBefore(h.from()) && t.isBefore(h.to()));
        return day && hour;
    }

    public boolean isAny() {
        return days.isEmpty() && hours.isEmpty();
    }

    public ContactWindow withDays(Set<DayOfWeek> newDays) {
        return new ContactWindow(newDays, hours);
    }

    public ContactWindow withHours(List<Hours> newHours) {
        return new ContactWindow(days, newHours);
    }

    /**
     * Reads days as people write them: {@code MON,WED,FRI}, {@code mon-fri}, {@code Tuesday Thursday}.
     */
    public static Set<DayOfWeek> parseDays(String text) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (text == null || text.isBlank()) {
            return days;
        }
        for (String part : DAY_SEPARATORS.split(text.strip())) {
            if (part.isEmpty()) {
                continue;
            }
            String[] range = part.split("-", -1);
            if (range.length == 2) {
                DayOfWeek from = day(range[0], text);
                DayOfWeek to = day(range[1], text);
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to) {
                        break;
                    }
                }
            } else if (range.length == 1) {
                days.add(day(part, text));
            } else {
                throw badDays(text);
            }
        }
        return days;
    }

    private static DayOfWeek day(String word, String whole) {
        String w = word.strip().toUpperCase(Locale.ROOT);
        if (w.length() >= 2) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().startsWith(w) && (w.length() >= 3 || !w.startsWith("T") && !w.startsWith("S"))) {
                    return d;
                }
            }
            if (w.equals("TU")) {
                return DayOfWeek.TUESDAY;
            }
            if (w.equals("TH")) {
                return DayOfWeek.THURSDAY;
            }
            if (w.equals("SA")) {
                return DayOfWeek.SATURDAY;
            }
            if (w.equals("SU")) {
                return DayOfWeek.SUNDAY;
            }
        }
        throw badDays(whole);
    }

    private static InvalidValueException badDays(String text) {
        return new InvalidValueException("\"" + text + "\" are not days of the week; use e.g. \"MON,WED,FRI\" or \"mon-fri\"");
    }

    /** Reads hours: {@code 09:00-12:00}, {@code 9-12}, several separated by commas. */
    public static List<Hours> parseHours(String text) {
        List<Hours> hours = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return hours;
        }
        for (String part : HOURS_SEPARATORS.split(text.strip())) {
            String[] ends = RANGE.split(part);
            if (ends.length != 2) {
                throw badHours(text);
            }
            hours.add(new Hours(time(ends[0], text), time(ends[1], text)));
        }
        return hours;
    }

    private static LocalTime time(String t, String whole) {
        String s = t.strip();
        if (s.length() <= 2 && !s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
            s = s + ":00";
        }
        if (s.length() == 4 && s.charAt(1) == ':') {
            s = "0" + s;
        }
        if (s.equals("24:00")) {
            return LocalTime.MAX.withSecond(0).withNano(0);
        }
        // HH:MM read by hand: LocalTime.parse goes through a DateTimeFormatter, and an import
        // reads a million of these.
        if (s.length() == 5 && s.charAt(2) == ':' && Character.isDigit(s.charAt(0)) && Character.isDigit(s.charAt(1))
                && Character.isDigit(s.charAt(3)) && Character.isDigit(s.charAt(4))) {
            int hour = (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
            int minute = (s.charAt(3) - '0') * 10 + (s.charAt(4) - '0');
            if (hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        try {
            return LocalTime.parse(s);
        } catch (DateTimeParseException e) {
            throw badHours(whole);
        }
    }

    private static InvalidValueException badHours(String text) {
        return new InvalidValueException("\"" + text + "\" are not hours of the day; use e.g. \"09:00-12:00\" or \"9-12,14-17\"");
    }

    private static final DayOfWeek[] WEEK = DayOfWeek.values();
    private static final String[] SHORT_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    /** {@code Mon}, {@code Tue}, …: without a locale lookup, which costs more than the rest of planning. */
    public static String shortName(DayOfWeek day) {
        return SHORT_NAMES[day.ordinal()];
    }

    public String daysText() {
        if (days.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (DayOfWeek d : WEEK) {
            if (days.contains(d)) {
                sb.append(sb.length() == 0 ? "" : ",").append(shortName(d));
            }
        }
        return sb.toString();
    }

    public String hoursText() {
        if (hours.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Hours h : hours) {
            sb.append(sb.length() == 0 ? "" : ",").append(h);
        }
        return sb.toString();
    }

    /** {@code Mon,Wed 09:00-12:00}, or empty when there is no preference. */
    @Override
    public String toString() {
        return (daysText() + " " + hoursText()).strip();
    }
}
