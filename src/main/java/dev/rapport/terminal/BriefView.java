package dev.rapport.terminal;

import dev.rapport.app.BriefCustomer;
import dev.rapport.domain.Complaint;
import dev.rapport.domain.ContactPlan;
import dev.rapport.domain.ContactWindow;
import dev.rapport.domain.Customer;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.NextContact;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.SatisfactionTrend;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The preparation sheet of {@code rapport brief}, as terminal text or as Markdown for notes: the
 * same sections in both, user text made safe for a terminal.
 */
public final class BriefView {

    /**
     * A titled part of the sheet; an untitled one is the header. Its lines are made safe here, in
     * one place, whatever of the customer's text they hold: a goal or a note cannot forge a line.
     */
    record Section(String title, List<String> lines) {
        Section {
            lines = lines.stream().map(DisplayWidth::safe).toList();
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ROOT);

    private BriefView() {
    }

    public static String text(BriefCustomer.Brief brief, Style style) {
        StringBuilder out = new StringBuilder();
        for (Section s : sections(brief)) {
            if (s.title().isEmpty()) {
                out.append(style.bold(s.lines().get(0))).append('\n');
                s.lines().subList(1, s.lines().size()).forEach(l -> out.append(l).append('\n'));
            } else {
                out.append('\n').append(style.header(s.title())).append('\n');
                s.lines().forEach(l -> out.append("  ").append(l).append('\n'));
            }
        }
        return out.toString();
    }

    public static String markdown(BriefCustomer.Brief brief) {
        StringBuilder out = new StringBuilder();
        for (Section s : sections(brief)) {
            if (s.title().isEmpty()) {
                out.append("# ").append(s.lines().get(0)).append("\n\n");
                s.lines().subList(1, s.lines().size()).forEach(l -> out.append(l).append("  \n"));
            } else {
                out.append("\n## ").append(s.title()).append("\n\n");
                s.lines().forEach(l -> out.append("- ").append(l).append('\n'));
            }
        }
        return out.toString();
    }

    static List<Section> sections(BriefCustomer.Brief b) {
        Customer c = b.customer();
        List<Section> sections = new ArrayList<>();
        List<String> head = new ArrayList<>();
        head.add(c.name() + (c.company().isEmpty() ? "" : " · " + c.company()) + "  [" + c.id() + "]");
        head.add(c.tier() + b.tier().map(t -> " (weight " + t.weight() + ")").orElse("") + " · "
                + (c.owner().isEmpty() ? "no owner" : "owner " + c.owner()) + " · since " + c.since()
                + (c.status() == dev.rapport.domain.Status.ACTIVE ? "" : " · " + c.status()));
        String reach = join(" · ", c.phone().isEmpty() ? "" : "phone " + c.phone(), c.email());
        if (!reach.isEmpty()) {
            head.add(reach);
        }
        head.add(preference(b));
        c.listeningStyle().ifPresent(s -> head.add("Listens " + s + ": " + s.advice()));
        sections.add(new Section("", head));

        List<String> next = new ArrayList<>();
        for (ContactPlan p : b.plans()) {
            next.add(p.note() + " (" + p.channel().map(k -> "the next " + k.name()).orElse("the next contact")
                    + p.on().map(d -> ", arranged for " + d).orElse("") + ")");
        }
        for (NextContact n : b.next()) {
            next.add(n.channel().name() + " " + n.explain());
        }
        sections.add(new Section("Next contact", orNone(next, "nothing planned")));

        List<String> needs = new ArrayList<>();
        if (!c.needs().isEmpty()) {
            needs.add(c.needs());
        }
        b.needs().forEach(i -> needs.add(i.date() + " " + i.note()));
        sections.add(new Section("Needs", orNone(needs, "none recorded (log them: rapport log " + c.id() + " … --kind needs)")));
        if (!b.feedback().isEmpty()) {
            sections.add(new Section("Feedback", b.feedback().stream()
                    .map(i -> i.date() + i.satisfaction().map(s -> " (" + s + "/5)").orElse("") + " " + i.note()).toList()));
        }
        sections.add(new Section("Last contacts", orNone(b.lastContacts().stream().map(BriefView::contact).toList(), "none yet")));

        List<String> owed = new ArrayList<>();
        for (Obligation o : b.open()) {
            owed.add("#" + o.id() + " " + o.type() + " due " + o.due() + " by " + o.channel().name()
                    + (o.note().isEmpty() ? "" : ": " + o.note()));
        }
        for (Complaint k : b.complaints()) {
            owed.add("complaint #" + k.id() + " " + k.status(b.now().toLocalDate()) + (k.resolve().isOpen() ? " (due " + k.resolve().due() + ")"
                    : k.followUp().map(f -> " (follow-up due " + f.due() + ")").orElse("")) + ": " + k.resolve().note());
        }
        sections.add(new Section("Owed", orNone(owed, "nothing open")));

        SatisfactionTrend trend = b.trend();
        List<Integer> ratings = trend.ratings();
        sections.add(new Section("Satisfaction", List.of(trend.isEmpty() ? "no ratings yet"
                : sparkline(ratings) + "  " + String.format(Locale.ROOT, "%.1f", trend.average().get()) + " average of the last "
                + ratings.size() + trend.direction().map(d -> ", " + d).orElse(""))));
        return sections;
    }

    private static String preference(BriefCustomer.Brief b) {
        Customer c = b.customer();
        ContactWindow w = c.window();
        StringBuilder line = new StringBuilder("Prefers ");
        line.append(c.preferredChannel().map(k -> k.name()).orElse("any channel"));
        if (!w.isAny()) {
            line.append(", ").append(w);
        }
        LocalDateTime there = b.localTime();
        line.append(c.timeZone().map(z -> " (" + z.id() + ")").orElse(""));
        line.append(" · now ").append(WHEN.format(there)).append(c.timeZone().isPresent() ? " there" : "");
        if (!w.isAny()) {
            line.append(w.allows(there) ? ", within their hours" : ", outside their hours");
        }
        return line.toString();
    }

    private static String contact(Interaction i) {
        return "#" + i.id() + " " + i.at().toLocalDate() + " " + i.at().toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES) + " " + i.direction() + " " + i.channel().name()
                + " " + i.outcome() + (i.kind() == dev.rapport.domain.ContactKind.ROUTINE ? "" : " · " + i.kind())
                + i.satisfaction().map(s -> " · " + s + "/5").orElse("") + (i.note().isEmpty() ? "" : ": " + i.note());
    }

    /** One block per rating, on the scale of 1 to 5 the satisfaction report uses. */
    static String sparkline(List<Integer> ratings) {
        return Charts.sparkline(ratings.stream().map(r -> java.util.OptionalDouble.of(r)).toList(), 1, 5);
    }

    private static List<String> orNone(List<String> lines, String none) {
        return lines.isEmpty() ? List.of(none) : lines;
    }

    private static String join(String separator, String... parts) {
        return String.join(separator, java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toList());
    }
}
