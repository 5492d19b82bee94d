package dev.rapport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The next contact date of SPEC §3, step by step, for each channel of a customer's cadence:
 * anchor, plus period, onto a working day, onto a preferred day, past a snooze.
 */
public final class NextContactCalculator {

    /** The key of a snooze that holds every channel of a customer. */
    public static final String ALL_CHANNELS = "*";

    private static final int SEARCH_DAYS = 400;

    private final Policy policy;

    public NextContactCalculator(Policy policy) {
        this.policy = policy;
    }

    /**
     * @param lastContacts per interaction channel, the date of the customer's latest contact on it
     *                     that restarts a clock (reached, sent or received)
     * @param snoozes      per channel name, or {@link #ALL_CHANNELS}, the date a snooze ends
     * @return one entry per channel with a cadence; none for paused and archived customers
     */
    public List<NextContact> next(Customer customer, Map<Channel, LocalDate> lastContacts, Map<String, LocalDate> snoozes) {
        List<NextContact> result = new ArrayList<>();
        if (!customer.isActive()) {
            return result;
        }
        for (AppliedCadence cadence : policy.cadenceOf(customer)) {
            if (!cadence.period().isNever()) {
                result.add(next(customer, cadence, lastContacts, snoozes));
            }
        }
        return result;
    }

    private NextContact next(Customer customer, AppliedCadence cadence, Map<Channel, LocalDate> lastContacts,
                             Map<String, LocalDate> snoozes) {
        Channel k = cadence.channel();
        Period period = cadence.period();
        WorkCalendar calendar = policy.calendar();
        List<String> steps = new ArrayList<>();

        Optional<LocalDate> anchor = Optional.empty();
        String why;
        Channel latestOn = null;
        for (Channel c : policy.countingChannels(k)) {
            LocalDate d = lastContacts.get(c);
            if (d != null && (anchor.isEmpty() || d.isAfter(anchor.get()))) {
                anchor = Optional.of(d);
                latestOn = c;
            }
        }
        LocalDate due;
        if (anchor.isPresent()) {
            why = "last " + latestOn + " " + anchor.get();
            due = period.addTo(anchor.get(), calendar);
            steps.add(why + " + " + period + (cadence.overridden() ? " (override)" : ""));
        } else if (customer.importedLastContact(k).isPresent()) {
            anchor = customer.importedLastContact(k);
            why = "imported last contact " + anchor.get();
            due = period.addTo(anchor.get(), calendar);
            steps.add(why + " + " + period + (cadence.overridden() ? " (override)" : ""));
        } else if (customer.spreadFrom().isPresent()) {
            // Spread over the period's real length from the import (not from a since years ago): 28 to 31 days for a month.
            LocalDate from = customer.spreadFrom().get();
            long length = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(from, period.addTo(from, calendar)));
            long days = Math.floorMod(mix((customer.id() + "#" + k.name()).hashCode()), length);
            why = "first contact, spread over " + period;
            due = from.plusDays(days);
            steps.add("never contacted; first contact spread to " + due + " ("
                    + (from.equals(customer.since()) ? "" : "spread from " + from + ", ") + "added " + customer.since() + ")");
        } else {
            why = "never contacted";
            due = customer.since();
            steps.add("never contacted; due since added " + customer.since());
        }

        LocalDate shifted = calendar.shift(due);
        if (!shifted.equals(due)) {
            steps.add(dayName(due) + " " + due + " is not a working day → " + dayName(shifted) + " " + shifted);
            due = shifted;
        }

        var preferred = customer.window().days();
        if (!preferred.isEmpty() && !preferred.contains(due.getDayOfWeek())) {
            LocalDate d = due;
            for (int i = 0; i < SEARCH_DAYS && !(preferred.contains(d.getDayOfWeek()) && calendar.isWorkingDay(d)); i++) {
                d = d.plusDays(1);
            }
            if (preferred.contains(d.getDayOfWeek()) && calendar.isWorkingDay(d)) {
                steps.add("preferred days " + customer.window().daysText() + " → " + dayName(d) + " " + d);
                due = d;
            } else {
                steps.add("no preferred day is a working day; preference ignored");
            }
        }

        LocalDate snooze = later(snoozes.get(k.name()), snoozes.get(ALL_CHANNELS));
        if (snooze != null && snooze.isAfter(due)) {
            // Never earlier than the snooze's end; under shift none a day off stays, as a due date does.
            LocalDate until = calendar.shift() == Shift.NONE ? snooze : calendar.onOrAfter(snooze);
            steps.add("snoozed until " + snooze + (until.equals(snooze) ? "" : " → " + dayName(until) + " " + until));
            due = until;
        }
        if (due.isAfter(IsoDate.LAST)) {
            steps.add("past " + IsoDate.LAST + ", the last day rapport plans for → " + IsoDate.LAST);
            due = IsoDate.LAST;
        }
        return new NextContact(k, due, period, anchor, why, steps);
    }

    /** Scatters similar ids (c1, c2, …) over the whole range: the finaliser of MurmurHash3. */
    private static long mix(int hash) {
        long h = hash & 0xffffffffL;
        h ^= h >>> 16;
        h *= 0x85ebca6bL;
        h ^= h >>> 13;
        h *= 0xc2b2ae35L;
        h ^= h >>> 16;
        return h & 0xffffffffL;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String dayName(LocalDate d) {
        return ContactWindow.shortName(d.getDayOfWeek());
    }
}
