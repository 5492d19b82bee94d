package dev.rapport.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** The periods an activity report counts in: ISO weeks (Monday to Sunday) or calendar months. */
public enum ActivityInterval {
    WEEK, MONTH;

    public String key() {
        return this == WEEK ? "week" : "month";
    }

    /** The first day of the period {@code day} falls in. */
    public LocalDate start(LocalDate day) {
        return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    /** The first day of the period {@code n} periods after the one starting on {@code start} (before, when negative). */
    public LocalDate plus(LocalDate start, long n) {
        return this == WEEK ? start.plusWeeks(n) : start.plusMonths(n);
    }

    /**
     * The period's name: the ISO week ({@code 2026-W53}, whose year is the one its Thursday falls
     * in) or the month ({@code 2026-11}).
     */
    public String label(LocalDate start) {
        if (this == MONTH) {
            return YearMonth.from(start).toString();
        }
        return String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
