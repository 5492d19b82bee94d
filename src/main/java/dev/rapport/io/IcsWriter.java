package dev.rapport.io;

import dev.rapport.domain.AgendaItem;
import dev.rapport.domain.Customer;
import dev.rapport.domain.FeedEvent;
import dev.rapport.domain.IsoDate;
import dev.rapport.domain.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The agenda as an iCalendar feed (RFC 5545) that calendar programs import again and again: one
 * all-day event per item, with a UID that stays the same for what the item is (customer and
 * channel, or obligation), a SEQUENCE and LAST-MODIFIED that change when the event does, and the
 * events of items no longer in the feed published cancelled. Overdue items stand on today. Every
 * summary ends with {@link #MARK}, by which a calendar that keeps no UIDs (calcurse) finds
 * rapport's events to replace them.
 */
public final class IcsWriter {

    /** The end of every summary: {@code calcurse -P --filter-pattern ' \[rapport\]$'} removes rapport's events. */
    public static final String MARK = " [rapport]";

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private IcsWriter() {
    }

    /**
     * One item as its event says it: the UID, the day it stands on, its summary, and the content
     * lines that say what it is (all but those that say when it was written and which version it is).
     */
    public record Event(String uid, String customerId, LocalDate day, String summary, List<String> content) {

        public Event {
            content = List.copyOf(content);
        }

        /** A digest of what the event says: a different one means the calendar must take a new version. */
        public String fingerprint() {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (String line : content) {
                    sha.update(line.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) '\n');
                }
                return HexFormat.of().formatHex(sha.digest(), 0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }
    }

    public static void begin(StringBuilder out) {
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//rapport//agenda//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:rapport agenda");
    }

    public static void end(StringBuilder out) {
        line(out, "END:VCALENDAR");
    }

    /** One item as an event, as of {@code today}. */
    public static Event event(AgendaItem i, LocalDate today) {
        Customer c = i.customer();
        LocalDate day = i.isOverdue() ? today : i.due();
        String summary = (i.isOverdue() ? "OVERDUE " + i.daysOverdue() + "d: " : "") + verb(i) + " " + c.displayName()
                + (c.company().isEmpty() || c.company().equals(c.displayName()) ? "" : " (" + c.company() + ")") + MARK;
        List<String> content = new ArrayList<>(dates(day));
        content.add("SUMMARY:" + text(summary));
        StringBuilder description = new StringBuilder()
                .append("Reason: ").append(i.reason().key()).append(i.obligation().map(id -> " #" + id).orElse("")).append('\n')
                .append("Due: ").append(i.due()).append('\n')
                .append("Tier: ").append(c.tier()).append(", owner: ").append(i.owner()).append('\n')
                .append("Priority: ").append(i.priority().explain(c.tier(), i.reason()));
        if (!c.phone().isEmpty()) {
            description.append("\nPhone: ").append(c.phone());
        }
        if (!c.email().isEmpty()) {
            description.append("\nE-mail: ").append(c.email());
        }
        if (!c.window().isAny()) {
            description.append("\nWindow: ").append(c.window()).append(c.timeZone().map(z -> " " + z.id()).orElse(""));
        }
        if (!i.note().isEmpty()) {
            description.append("\nNote: ").append(i.note());
        }
        content.add("DESCRIPTION:" + text(description.toString()));
        content.add("CATEGORIES:" + text(i.reason().key()));
        content.add("PRIORITY:" + Math.max(1, 9 - Math.min(8, i.priority().total() / 2)));
        content.add("TRANSP:TRANSPARENT");
        return new Event(uid(i), c.id(), day, summary, content);
    }

    /** An event as a VEVENT, in the version the feed publishes; {@code now} is when the file is written. */
    public static void write(StringBuilder out, Event e, FeedEvent version, Instant now) {
        head(out, e.uid(), version, now, "CONFIRMED");
        for (String content : e.content()) {
            line(out, content);
        }
        line(out, "END:VEVENT");
    }

    /** A cancelled event: a calendar that replaces events by UID marks the one it has cancelled. */
    public static void cancelled(StringBuilder out, FeedEvent e, Instant now) {
        head(out, e.uid(), e, now, "CANCELLED");
        for (String content : dates(e.day())) {
            line(out, content);
        }
        line(out, "SUMMARY:" + text(e.summary()));
        line(out, "TRANSP:TRANSPARENT");
        line(out, "END:VEVENT");
    }

    private static void head(StringBuilder out, String uid, FeedEvent version, Instant now, String status) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + uid);
        line(out, "DTSTAMP:" + STAMP.format(now));
        line(out, "SEQUENCE:" + version.sequence());
        line(out, "LAST-MODIFIED:" + STAMP.format(version.modified()));
        line(out, "STATUS:" + status);
    }

    private static List<String> dates(LocalDate day) {
        // A DATE has four digits of year: the day after 9999-12-31 has none; a day's length says the same.
        return List.of("DTSTART;VALUE=DATE:" + DATE.format(day),
                day.isBefore(IsoDate.LAST) ? "DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)) : "DURATION:P1D");
    }

    /**
     * Stable for what the item is: the customer and its channel's cadence, the contact arranged on
     * a channel, or the obligation (its escalation apart from the obligation itself); never its
     * date or place in the agenda. A re-import updates the event instead of adding a second one.
     */
    static String uid(AgendaItem i) {
        // An escalated complaint is two items of one obligation: the escalation's event is its own.
        String kind = i.obligation().map(id -> "obligation-" + id + (i.reason() == Reason.ESCALATION ? "-escalation" : ""))
                .orElseGet(() -> (i.reason() == Reason.PLANNED ? "planned-" : "cadence-") + i.channel().name());
        return hex(i.customer().id()) + "-" + kind + "@rapport";
    }

    private static String hex(String id) {
        StringBuilder sb = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_')) {
                sb.append(c);
            } else {
                sb.append(String.format("%%%02X", b & 0xff));
            }
        }
        return sb.toString();
    }

    private static String verb(AgendaItem i) {
        return switch (i.reason()) {
            case CALLBACK -> "Call back";
            case ACKNOWLEDGE -> "Acknowledge";
            case ANSWER -> "Answer";
            case PROMISE -> "Keep promise to";
            case RESOLVE -> "Resolve complaint of";
            case ESCALATION -> "ESCALATED complaint of";
            case FOLLOW_UP -> "Follow up with";
            case CADENCE, PLANNED -> switch (i.channel().name()) {
                case "call" -> "Call";
                case "visit" -> "Visit";
                case "email" -> "E-mail";
                case "letter" -> "Write to";
                default -> capitalised(i.channel().name());
            };
        };
    }

    private static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** TEXT escaping of RFC 5545 §3.3.11. */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\n' -> sb.append("\\n");
                case '\r' -> { }
                default -> sb.append(c < 0x20 || c == 0x7f ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /** Appends a content line, folded at 75 octets without splitting a UTF-8 character (§3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
