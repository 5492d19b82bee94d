package dev.rapport.io;

import dev.rapport.domain.AgendaItem;
import dev.rapport.domain.Customer;
import dev.rapport.domain.IsoDate;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The agenda as an iCalendar file (RFC 5545) that calendar programs import: one all-day event per
 * item, with a UID that stays the same for the same customer, channel and reason, so that a
 * re-import updates the event instead of adding a second one. Overdue items stand on today.
 */
public final class IcsWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private IcsWriter() {
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

    /** One item as a VEVENT. */
    public static void event(StringBuilder out, AgendaItem i, LocalDate today, LocalDateTime nowUtc) {
        String stamp = STAMP.format(nowUtc);
        {
            Customer c = i.customer();
            LocalDate day = i.isOverdue() ? today : i.due();
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + uid(i));
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(day));
            if (day.isBefore(IsoDate.LAST)) {
                line(out, "DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
            } else {
                // A DATE has four digits of year: the day after 9999-12-31 has none; a day's length says the same.
                line(out, "DURATION:P1D");
            }
            line(out, "SUMMARY:" + text((i.isOverdue() ? "OVERDUE " + i.daysOverdue() + "d: " : "")
                    + verb(i) + " " + c.displayName() + (c.company().isEmpty() || c.company().equals(c.displayName()) ? "" : " (" + c.company() + ")")));
            StringBuilder description = new StringBuilder()
                    .append("Reason: ").append(i.reason()).append(i.obligation().map(id -> " #" + id).orElse("")).append('\n')
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
            line(out, "DESCRIPTION:" + text(description.toString()));
            line(out, "CATEGORIES:" + text(i.reason()));
            line(out, "PRIORITY:" + Math.max(1, 9 - Math.min(8, i.priority().total() / 2)));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
    }

    /** Stable per customer, channel and reason (and obligation): a re-import updates the event. */
    static String uid(AgendaItem i) {
        // An escalated complaint is two items of one obligation: the escalation's event is its own.
        String kind = i.obligation().map(id -> "obligation-" + id + (i.reason().equals("escalation") ? "-escalation" : ""))
                .orElse("cadence-" + i.channel().name());
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
            case "callback" -> "Call back";
            case "acknowledge" -> "Acknowledge";
            case "answer" -> "Answer";
            case "promise" -> "Keep promise to";
            case "resolve" -> "Resolve complaint of";
            case "escalation" -> "ESCALATED complaint of";
            case "follow-up" -> "Follow up with";
            default -> switch (i.channel().name()) {
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
