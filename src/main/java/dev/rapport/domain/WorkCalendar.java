package dev.rapport.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which days are working days (weekdays minus holidays), and how a due date that is not one moves.
 */
public record WorkCalendar(Set<DayOfWeek> workdays, SortedSet<LocalDate> holidays, Shift shift) {

    public static final WorkCalendar MONDAY_TO_FRIDAY = new WorkCalendar(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new TreeSet<>(), Shift.NEXT);

    public WorkCalendar {
        if (workdays.isEmpty()) {
            throw new InvalidValueException("a calendar needs at least one working day");
        }
        workdays = Set.copyOf(EnumSet.copyOf(workdays));
        holidays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
    }

    public boolean isWorkingDay(LocalDate date) {
        return workdays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** The first working day on or after {@code date}. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The last working day on or before {@code date}. */
    public LocalDate onOrBefore(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** Applies the shift rule to a due date (SPEC §3 step 3). */
    public LocalDate shift(LocalDate due) {
        return switch (shift) {
            case NEXT -> onOrAfter(due);
            case PREVIOUS -> onOrBefore(due);
            case NONE -> due;
        };
    }

    /**
     * Counts {@code count} working days after {@code date}. Zero working days is the date itself
     * when it is a working day, else the next working day.
     */
    public LocalDate addWorkdays(LocalDate date, int count) {
        if (count == 0) {
            return onOrAfter(date);
        }
        LocalDate d = date;
        int left = count;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
