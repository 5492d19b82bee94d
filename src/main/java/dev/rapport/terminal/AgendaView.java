package dev.rapport.terminal;

import dev.rapport.domain.AgendaItem;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactWindow;
import dev.rapport.domain.Customer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The agenda as people and programs read it: the stable columns of SPEC §3 for machines, and for
 * the terminal a table grouped by day (overdue, today, then each later day).
 */
public final class AgendaView {

    /** SPEC §3's stable CSV columns of agenda and overdue. */
    public static final List<String> COLUMNS = List.of("due", "customer_id", "customer", "tier", "owner", "channel",
            "reason", "days_overdue", "priority", "phone", "email", "window", "note");

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private AgendaView() {
    }

    /** The stable columns; with {@code detail}, the obligation id and the priority's parts too. */
    public static List<String> columns(boolean detail) {
        List<String> columns = new ArrayList<>(COLUMNS);
        if (detail) {
            columns.addAll(List.of("obligation", "tier_weight", "reason_weight"));
        }
        return columns;
    }

    /** One item in {@link #columns(boolean)}. */
    public static List<Object> row(AgendaItem i, boolean detail) {
        Customer c = i.customer();
        List<Object> row = new ArrayList<>(List.of(i.due().toString(), c.id(), c.displayName(), c.tier(), i.owner(),
                i.channel().name(), i.reason().key(), i.daysOverdue(), i.priority().total(), c.phone(), c.email(),
                window(c), i.note()));
        if (detail) {
            row.add(i.obligation().orElse(null));
            row.add(i.priority().tierWeight());
            row.add(i.priority().reasonWeight());
        }
        return row;
    }

    /** The contact window with the customer's time zone: {@code Tue,Thu 09:00-12:00 Europe/Berlin}. */
    public static String window(Customer c) {
        String w = c.window().toString();
        return c.timeZone().map(z -> (w + " " + z.id()).strip()).orElse(w);
    }

    /**
     * The table drawn as the items come, in the agenda's order: a heading before each day, overdue
     * rows in the warning colour. Nothing at all, not even the header, when no item comes.
     */
    public static final class Table implements AutoCloseable {

        private final TableRenderer renderer;
        private final Appendable out;
        private final LocalDate today;
        private final boolean explain;
        private TableRenderer.Table rows;
        private String lastHeading;

        public Table(TableRenderer renderer, Appendable out, LocalDate today, boolean explain) {
            this.renderer = renderer;
            this.out = out;
            this.today = today;
            this.explain = explain;
        }

        public void add(AgendaItem i) {
            if (rows == null) {
                List<String> columns = new ArrayList<>(List.of("customer", "tier", "owner", "via", "reason", "contact", "window", "note"));
                if (explain) {
                    columns.add("priority");
                }
                rows = renderer.open(columns, out);
            }
            String heading = heading(i.due(), today);
            boolean newDay = !heading.equals(lastHeading);
            lastHeading = heading;
            Customer c = i.customer();
            String reason = i.reason().key() + i.obligation().map(id -> " #" + id).orElse("")
                    + (i.isOverdue() ? " (" + i.daysOverdue() + "d late)" : "");
            List<Object> row = new ArrayList<>(List.of(c.displayName() + " [" + c.id() + "]", c.tier(), i.owner(),
                    i.channel().name(), reason, contact(c, i.channel()), window(c), i.note()));
            if (explain) {
                row.add(i.priority().explain(c.tier(), i.reason()));
            }
            rows.add(row, newDay ? heading : null, i.isOverdue());
        }

        @Override
        public void close() {
            if (rows != null) {
                rows.close();
            }
        }
    }

    private static String heading(LocalDate due, LocalDate today) {
        if (due.isBefore(today)) {
            return "Overdue";
        }
        if (due.equals(today)) {
            return "Today, " + day(due);
        }
        return day(due);
    }

    /**
     * {@code Tue 24 Nov 2026}, written out: a DateTimeFormatter with month names loads the locale
     * data, which costs a tenth of a second at every start.
     */
    static String day(LocalDate d) {
        return ContactWindow.shortName(d.getDayOfWeek()) + " " + d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1]
                + " " + d.getYear();
    }

    /** Where to reach the customer on that channel: the phone for a call, the address for a visit. */
    private static String contact(Customer c, Channel channel) {
        if (channel.equals(Channel.VISIT) || channel.equals(Channel.LETTER)) {
            String address = c.address().toString();
            return address.isEmpty() ? c.phone() : address;
        }
        if (channel.equals(Channel.EMAIL)) {
            return c.email().isEmpty() ? c.phone() : c.email();
        }
        return c.phone().isEmpty() ? c.email() : c.phone();
    }
}
