package dev.rapport.terminal;

import dev.rapport.app.ListComplaints;
import dev.rapport.domain.Complaint;
import dev.rapport.domain.ComplaintTimeline;
import dev.rapport.domain.Obligation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Complaints as listings: every detail for the machine formats, what a person scans for the table. */
public final class ComplaintListings {

    /** The stable columns of {@code complaint list --format csv|tsv|json}. */
    public static final List<String> COLUMNS = List.of("id", "opened", "customer_id", "customer", "owner", "channel", "status",
            "due", "escalates_on", "escalate_to", "resolved", "resolution", "follow_up_due", "followed_up", "satisfaction", "note");

    private static final List<String> TABLE = List.of("#", "opened", "customer", "status", "due", "escalation",
            "resolved", "satisfaction", "note");

    private ComplaintListings() {
    }

    /** The columns of the table, or with {@code table} false the stable {@link #COLUMNS}. */
    public static List<String> columns(boolean table) {
        return table ? TABLE : COLUMNS;
    }

    /** The complaint in {@link #columns}. */
    public static List<Object> listed(Complaint c, LocalDate today, boolean table) {
        return table ? tableRow(c, today) : new ArrayList<>(row(c, today).values());
    }

    /** Whether the complaint needs attention now: escalated or overdue; the table marks it. */
    public static boolean alert(Complaint c, LocalDate today) {
        Complaint.Status s = c.status(today);
        return s == Complaint.Status.ESCALATED || s == Complaint.Status.OVERDUE;
    }

    private static List<Object> tableRow(Complaint c, LocalDate today) {
        Obligation r = c.resolve();
        String escalation = r.escalation().map(e -> e.on() + (e.to().isEmpty() ? "" : " → " + e.to())).orElse("");
        Complaint.Status status = c.status(today);
        String shownStatus = status == Complaint.Status.ESCALATED ? "ESCALATED" : status.toString();
        return List.of(c.id(), r.opened().toString(), c.customer().name() + " [" + c.customer().id() + "]", shownStatus,
                r.isOpen() ? r.due().toString() : "", r.isOpen() ? escalation : "",
                c.resolved().map(LocalDate::toString).orElse(""), c.satisfaction().map(String::valueOf).orElse(""), r.note());
    }

    /** One complaint as named values; the keys are {@link #COLUMNS}. */
    public static Map<String, Object> row(Complaint c, LocalDate today) {
        Obligation r = c.resolve();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.id());
        row.put("opened", r.openedAt().toString());
        row.put("customer_id", c.customer().id());
        row.put("customer", c.customer().name());
        row.put("owner", c.customer().owner());
        row.put("channel", r.channel().name());
        row.put("status", c.status(today).toString());
        row.put("due", r.due().toString());
        row.put("escalates_on", r.escalation().map(e -> e.on().toString()).orElse(""));
        row.put("escalate_to", r.escalation().map(Obligation.Escalation::to).orElse(""));
        row.put("resolved", c.resolved().map(LocalDate::toString).orElse(""));
        row.put("resolution", r.closedNote());
        row.put("follow_up_due", c.followUp().map(f -> f.due().toString()).orElse(""));
        row.put("followed_up", c.followUp().flatMap(Obligation::closed).map(LocalDate::toString).orElse(""));
        row.put("satisfaction", c.satisfaction().<Object>map(s -> s).orElse(""));
        row.put("note", r.note());
        return row;
    }

    /** {@code complaint show}: the case, then its story line by line. */
    public static String show(ListComplaints.Shown shown, LocalDate today) {
        Complaint c = shown.complaint();
        Obligation r = c.resolve();
        StringBuilder text = new StringBuilder();
        text.append("Complaint #").append(c.id()).append(" · ").append(safe(c.customer().name())).append(" [")
                .append(c.customer().id()).append("]").append(c.customer().owner().isEmpty() ? "" : " · owner " + safe(c.customer().owner()))
                .append('\n');
        text.append("Status:   ").append(c.status(today)).append('\n');
        if (!r.note().isEmpty()) {
            text.append("About:    ").append(safe(r.note())).append('\n');
        }
        if (r.isOpen()) {
            text.append("Due:      ").append(r.due()).append(" (").append(r.channel().name()).append(")\n");
        }
        c.resolved().ifPresent(day -> text.append("Resolved: ").append(day)
                .append(c.resolvedInTime().orElse(true) ? " (in time)" : " (late; was due " + r.due() + ")")
                .append(r.closedNote().isEmpty() ? "" : ": " + safe(r.closedNote())).append('\n'));
        c.satisfaction().ifPresent(s -> text.append("Satisfaction after follow-up: ").append(s).append("/5\n"));
        text.append('\n');
        for (ComplaintTimeline.Entry e : shown.timeline()) {
            String at = e.at().toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? e.at().toLocalDate() + "      "
                    : e.at().toLocalDate() + " " + e.at().toLocalTime().withSecond(0).withNano(0);
            text.append(at).append("  ").append(String.format("%-18s", e.what())).append(safe(e.detail()))
                    .append(e.by().isEmpty() ? "" : " (" + safe(e.by()) + ")").append('\n');
        }
        return text.toString();
    }

    private static String safe(String text) {
        return DisplayWidth.safe(text);
    }

    /** {@code complaint show --format json}: the case's values and its story. */
    public static Map<String, Object> showJson(ListComplaints.Shown shown, LocalDate today) {
        Map<String, Object> all = row(shown.complaint(), today);
        List<Map<String, Object>> timeline = new ArrayList<>();
        for (ComplaintTimeline.Entry e : shown.timeline()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("at", e.at().toString());
            entry.put("what", e.what());
            entry.put("detail", e.detail());
            entry.put("by", e.by());
            timeline.add(entry);
        }
        all.put("timeline", timeline);
        return all;
    }
}
