package dev.rapport.config;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.domain.Channel;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.domain.ObligationRule;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Period;
import dev.rapport.domain.Policy;
import dev.rapport.domain.Shift;
import dev.rapport.domain.Tier;
import dev.rapport.domain.WorkCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The policy file (SPEC §3): YAML in which every key is optional. What the file gives changes the
 * reference policy; the rest stays as it is. Tiers and obligations merge key by key; a tier or a
 * cadence channel set to {@code ~} is removed. Errors name the file, line, column and key.
 */
public final class PolicyFile {

    static final List<String> TOP = List.of("timezone", "calendar", "tiers", "default-tier", "counts", "obligations");
    private static final List<String> CALENDAR = List.of("workdays", "holidays", "shift");
    private static final List<String> TIER = List.of("weight", "cadence");
    private static final List<String> OBLIGATION = List.of("within", "after", "escalate-after", "escalate-to");

    private PolicyFile() {
    }

    /** The commented reference policy that {@code rapport init} writes. */
    public static String template() {
        try (InputStream in = PolicyFile.class.getResourceAsStream("default-config.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the built-in config template is missing from the program", e);
        }
    }

    /** Reads the policy file at {@code path}; when there is none, the reference policy applies. */
    public static Policy load(Path path) {
        return text(path).map(text -> parse(path.toString(), text)).orElseGet(Policy::reference);
    }

    /** The text of the policy file at {@code path}; empty when there is none. */
    static Optional<String> text(Path path) {
        try {
            return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (java.nio.charset.MalformedInputException e) {
            throw RapportException.badData(path + ": the config file is not UTF-8 text");
        } catch (IOException e) {
            throw new RapportException(ExitStatus.NO_INPUT, path + ": cannot read the config file: " + e.getMessage(), e);
        }
    }

    /** Reads policy text; {@code name} is what error messages call the file. */
    public static Policy parse(String name, String text) {
        return build(name, read(name, text));
    }

    /** The document of policy text, or the error that it is not YAML that reads. */
    static YamlNode read(String name, String text) {
        try (Reader reader = new StringReader(text)) {
            return YamlNode.read(reader);
        } catch (YamlNode.Problem p) {
            throw RapportException.badData(message(name, p));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The policy a document gives, or the error of its first problem. */
    static Policy build(String name, YamlNode root) {
        try {
            return build(root);
        } catch (YamlNode.Problem p) {
            throw RapportException.badData(message(name, p));
        }
    }

    /** A problem as its error says it: {@code file:line:column: key: what is wrong}, on one line. */
    static String message(String name, YamlNode.Problem p) {
        // One line, also when it quotes a value that holds a line break.
        return name + ":" + p.line + ":" + p.column + ": " + p.getMessage().replace("\r", "\\r").replace("\n", "\\n");
    }

    /** The policy a document gives; its first problem, thrown. */
    static Policy build(YamlNode root) {
        Policy ref = Policy.reference();
        root.map("a mapping of policy settings (timezone, calendar, tiers, …)");
        root.allowOnly(TOP);
        Map<String, YamlNode> top = root.map("");

        Optional<ZoneId> zone = ref.timeZone();
        if (top.containsKey("timezone") && !top.get("timezone").isNull()) {
            zone = Optional.of(zone(top.get("timezone")));
        }
        WorkCalendar calendar = top.containsKey("calendar") ? calendar(top.get("calendar"), ref.calendar()) : ref.calendar();
        Map<String, Tier> tiers = top.containsKey("tiers") ? tiers(top.get("tiers"), ref.tiers()) : ref.tiers();
        if (tiers.isEmpty()) {
            throw top.get("tiers").problem("the policy needs at least one tier");
        }
        String defaultTier = ref.defaultTier();
        if (top.containsKey("default-tier")) {
            YamlNode node = top.get("default-tier");
            defaultTier = node.text("a tier name").strip();
            if (!tiers.containsKey(defaultTier)) {
                throw node.problem("\"" + defaultTier + "\" is not one of the tiers: " + String.join(", ", tiers.keySet()));
            }
        } else if (!tiers.containsKey(defaultTier)) {
            throw root.problem("the tier \"" + defaultTier + "\" was removed, so default-tier must name another: "
                    + String.join(", ", tiers.keySet()));
        }
        Map<Channel, Set<Channel>> counts = top.containsKey("counts") ? counts(top.get("counts"), ref.counts(), tiers) : ref.counts();
        Map<ObligationType, ObligationRule> obligations = top.containsKey("obligations")
                ? obligations(top.get("obligations"), ref.obligations()) : ref.obligations();
        return new Policy(zone, calendar, tiers, defaultTier, counts, obligations);
    }

    private static ZoneId zone(YamlNode node) {
        String text = node.text("a time zone name such as Europe/Berlin").strip();
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw node.problem("\"" + text + "\" is not a time zone; use an IANA name such as Europe/Berlin");
        }
    }

    private static WorkCalendar calendar(YamlNode node, WorkCalendar ref) {
        node.allowOnly(CALENDAR);
        Map<String, YamlNode> m = node.map("a mapping with workdays, holidays and shift");
        Set<DayOfWeek> workdays = ref.workdays();
        if (m.containsKey("workdays")) {
            workdays = EnumSet.noneOf(DayOfWeek.class);
            for (YamlNode day : m.get("workdays").list("a list of days, e.g. [MON, TUE, WED, THU, FRI]")) {
                workdays.add(day(day));
            }
            if (workdays.isEmpty()) {
                throw m.get("workdays").problem("a calendar needs at least one working day");
            }
        }
        Set<LocalDate> holidays = ref.holidays();
        if (m.containsKey("holidays")) {
            holidays = new TreeSet<>();
            for (YamlNode day : m.get("holidays").list("a list of dates, e.g. [2026-12-25, 2027-01-01]")) {
                holidays.add(date(day));
            }
        }
        Shift shift = ref.shift();
        if (m.containsKey("shift")) {
            YamlNode s = m.get("shift");
            shift = value(s, () -> Shift.parse(s.text("next, previous or none")));
        }
        return new WorkCalendar(workdays, new TreeSet<>(holidays), shift);
    }

    private static DayOfWeek day(YamlNode node) {
        String text = node.text("a day such as MON").strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (text.length() >= 2 && d.name().startsWith(text)) {
                return d;
            }
        }
        throw node.problem("\"" + node.text("") + "\" is not a day of the week; use MON, TUE, WED, THU, FRI, SAT or SUN");
    }

    private static LocalDate date(YamlNode node) {
        String text = node.text("a date such as 2026-12-25").strip();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw node.problem("\"" + text + "\" is not a date; use YYYY-MM-DD, e.g. 2026-12-25");
        }
    }

    private static Map<String, Tier> tiers(YamlNode node, Map<String, Tier> ref) {
        Map<String, Tier> tiers = new LinkedHashMap<>(ref);
        for (Map.Entry<String, YamlNode> e : node.map("a mapping of tier names to weight and cadence").entrySet()) {
            String name = e.getKey();
            YamlNode t = e.getValue();
            if (t.isNull()) {
                tiers.remove(name);
                continue;
            }
            t.allowOnly(TIER);
            Map<String, YamlNode> m = t.map("weight and cadence");
            Tier base = tiers.get(name);
            int weight = base == null ? 1 : base.weight();
            if (m.containsKey("weight")) {
                YamlNode w = m.get("weight");
                try {
                    weight = Integer.parseInt(w.text("a whole number").strip());
                } catch (NumberFormatException ex) {
                    throw w.problem("\"" + w.text("") + "\" is not a whole number; a weight is e.g. 3");
                }
                if (weight < 0 || weight > 100) {
                    throw w.problem("a weight is a whole number from 0 to 100");
                }
            }
            Map<Channel, Period> cadence = new LinkedHashMap<>(base == null ? Map.of() : base.cadence());
            if (m.containsKey("cadence")) {
                for (Map.Entry<String, YamlNode> c : m.get("cadence").map("a mapping of channels to periods, e.g. { call: 1 month }").entrySet()) {
                    Channel channel = channel(c.getValue(), c.getKey());
                    if (c.getValue().isNull()) {
                        cadence.remove(channel);
                    } else {
                        cadence.put(channel, period(c.getValue()));
                    }
                }
            }
            int finalWeight = weight;
            tiers.put(name, value(t, () -> new Tier(name, finalWeight, cadence)));
        }
        return tiers;
    }

    private static Map<Channel, Set<Channel>> counts(YamlNode node, Map<Channel, Set<Channel>> ref, Map<String, Tier> tiers) {
        Map<Channel, Set<Channel>> counts = new LinkedHashMap<>(ref);
        for (Map.Entry<String, YamlNode> e : node.map("a mapping of cadence channels to the channels that count, e.g. { call: [call, visit] }").entrySet()) {
            if (tiers.containsKey(e.getKey().strip().toLowerCase(Locale.ROOT))) {
                throw e.getValue().problem("\"" + e.getKey() + "\" is a tier, not a channel; counts maps a cadence channel"
                        + " to the channels whose contacts restart its clock, e.g. call: [call, visit]");
            }
            Channel k = channel(e.getValue(), e.getKey());
            if (e.getValue().isNull()) {
                counts.remove(k);
                continue;
            }
            Set<Channel> counting = new LinkedHashSet<>();
            for (YamlNode item : e.getValue().list("a list of channels, e.g. [call, visit]")) {
                String name = item.text("a channel name");
                if (tiers.containsKey(name.strip().toLowerCase(Locale.ROOT))) {
                    throw item.problem("\"" + name.strip() + "\" is a tier, not a channel");
                }
                counting.add(channel(item, name));
            }
            counts.put(k, counting);
        }
        return counts;
    }

    private static Map<ObligationType, ObligationRule> obligations(YamlNode node, Map<ObligationType, ObligationRule> ref) {
        Map<ObligationType, ObligationRule> rules = new EnumMap<>(ObligationType.class);
        rules.putAll(ref);
        for (Map.Entry<String, YamlNode> e : node.map("a mapping of obligations to deadlines").entrySet()) {
            YamlNode o = e.getValue();
            ObligationType type = value(o, () -> ObligationType.parse(e.getKey()));
            o.allowOnly(OBLIGATION);
            Map<String, YamlNode> m = o.map("within, after, escalate-after and escalate-to");
            ObligationRule base = rules.get(type);
            Period due = base == null ? null : base.due();
            if (m.containsKey("within") && m.containsKey("after")) {
                throw m.get("after").problem("give either within or after, not both");
            }
            YamlNode dueNode = m.containsKey("within") ? m.get("within") : m.get("after");
            if (dueNode != null) {
                due = period(dueNode);
                if (due.isNever()) {
                    throw dueNode.problem("an obligation must fall due; \"never\" is not allowed here");
                }
            }
            if (due == null) {
                throw o.problem("say when it falls due, e.g. within: 3 workdays");
            }
            Optional<Period> escalateAfter = base == null ? Optional.empty() : base.escalateAfter();
            if (m.containsKey("escalate-after")) {
                YamlNode n = m.get("escalate-after");
                escalateAfter = n.isNull() ? Optional.empty() : Optional.of(period(n));
            }
            Optional<String> escalateTo = base == null ? Optional.empty() : base.escalateTo();
            if (m.containsKey("escalate-to")) {
                YamlNode n = m.get("escalate-to");
                escalateTo = n.isNull() ? Optional.empty() : Optional.of(n.text("an owner name").strip());
            }
            rules.put(type, new ObligationRule(due, escalateAfter, escalateTo));
        }
        return rules;
    }

    private static Channel channel(YamlNode at, String name) {
        return value(at, () -> Channel.of(name));
    }

    private static Period period(YamlNode node) {
        String text = node.text("a period such as \"3 months\" or \"P3M\"");
        return value(node, () -> Period.parse(text));
    }

    /** Runs a domain parser, turning its complaint into a problem at {@code node}. */
    private static <T> T value(YamlNode node, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            throw node.problem(e.getMessage());
        }
    }
}
