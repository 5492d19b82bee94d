package dev.rapport.config;

import dev.rapport.app.PolicyFiles.Explained;
import dev.rapport.app.PolicyFiles.Setting;
import dev.rapport.domain.Channel;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.domain.ObligationRule;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Policy;
import dev.rapport.domain.Tier;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The policy in force, setting by setting (SPEC §3), each with where it came from: the line of the
 * policy file that gives it, or the reference policy. What {@code rapport config show} lists and
 * {@code config check} counts.
 */
public final class PolicySettings {

    private final String name;
    private final Optional<YamlNode> root;
    private final ZoneId systemZone;
    private final List<Setting> settings = new ArrayList<>();

    private PolicySettings(String name, Optional<YamlNode> root, ZoneId systemZone) {
        this.name = name;
        this.root = root;
        this.systemZone = systemZone;
    }

    /**
     * The policy the file at {@code path} gives, explained; the reference policy when there is no
     * file. A file with a problem is refused as {@link PolicyFile#load} refuses it.
     *
     * @param systemZone the time zone that applies when the policy names none
     */
    public static Explained explain(Path path, ZoneId systemZone) {
        Optional<String> text = PolicyFile.text(path);
        if (text.isEmpty()) {
            return new PolicySettings(path.toString(), Optional.empty(), systemZone).describe(Policy.reference(), Optional.empty());
        }
        YamlNode root = PolicyFile.read(path.toString(), text.get());
        Policy policy = PolicyFile.build(path.toString(), root);
        return new PolicySettings(path.toString(), Optional.of(root), systemZone).describe(policy, Optional.of(path));
    }

    private Explained describe(Policy policy, Optional<Path> file) {
        Optional<YamlNode> calendar = root.flatMap(r -> entry(r, "calendar"));
        add("timezone", policy.timeZone().map(ZoneId::getId).orElse("~ (the system's, " + systemZone.getId() + ")"),
                root.flatMap(r -> entry(r, "timezone")));
        add("calendar.workdays", list(policy.calendar().workdays().stream().sorted().map(d -> d.name().substring(0, 3)).toList()),
                calendar.flatMap(c -> entry(c, "workdays")));
        add("calendar.holidays", list(policy.calendar().holidays().stream().map(Object::toString).toList()),
                calendar.flatMap(c -> entry(c, "holidays")));
        add("calendar.shift", policy.calendar().shift().toString(), calendar.flatMap(c -> entry(c, "shift")));

        Optional<YamlNode> tiers = root.flatMap(r -> entry(r, "tiers"));
        for (Tier tier : policy.tiers().values()) {
            String key = "tiers." + tier.name();
            Optional<YamlNode> t = tiers.flatMap(n -> entry(n, tier.name()));
            add(key + ".weight", String.valueOf(tier.weight()), t.flatMap(n -> entry(n, "weight")));
            Optional<YamlNode> cadence = t.flatMap(n -> entry(n, "cadence"));
            tier.cadence().forEach((channel, period) ->
                    add(key + ".cadence." + channel.name(), period.toString(), cadence.flatMap(n -> channelEntry(n, channel))));
            removed(key + ".cadence.", cadence, tier.cadence().keySet().stream().map(Channel::name).toList(), PolicySettings::channelName);
        }
        removed("tiers.", tiers, List.copyOf(policy.tiers().keySet()), Function.identity());
        add("default-tier", policy.defaultTier(), root.flatMap(r -> entry(r, "default-tier")));

        Optional<YamlNode> counts = root.flatMap(r -> entry(r, "counts"));
        policy.counts().forEach((channel, counting) -> add("counts." + channel.name(),
                list(counting.stream().map(Channel::name).sorted().toList()), counts.flatMap(n -> channelEntry(n, channel))));
        removed("counts.", counts, policy.counts().keySet().stream().map(Channel::name).toList(), PolicySettings::channelName);

        Optional<YamlNode> obligations = root.flatMap(r -> entry(r, "obligations"));
        policy.obligations().forEach((type, rule) -> obligation(type, rule, obligations.flatMap(n -> obligationEntry(n, type))));
        return new Explained(policy, file, settings);
    }

    private void obligation(ObligationType type, ObligationRule rule, Optional<YamlNode> node) {
        String key = "obligations." + type.key();
        Optional<YamlNode> within = node.flatMap(n -> entry(n, "within"));
        Optional<YamlNode> after = node.flatMap(n -> entry(n, "after"));
        // The key the file uses, else the one the reference policy writes: a follow-up comes after.
        boolean afterKey = after.isPresent() || within.isEmpty() && type == ObligationType.FOLLOW_UP;
        add(key + (afterKey ? ".after" : ".within"), rule.due().toString(), afterKey ? after : within);
        Optional<YamlNode> escalateAfter = node.flatMap(n -> entry(n, "escalate-after"));
        if (rule.escalateAfter().isPresent() || escalateAfter.isPresent()) {
            add(key + ".escalate-after", rule.escalateAfter().map(Object::toString).orElse("~"), escalateAfter);
        }
        Optional<YamlNode> escalateTo = node.flatMap(n -> entry(n, "escalate-to"));
        if (rule.escalateTo().isPresent() || escalateTo.isPresent()) {
            add(key + ".escalate-to", rule.escalateTo().orElse("~"), escalateTo);
        }
    }

    private void add(String key, String value, Optional<YamlNode> from) {
        settings.add(new Setting(key, value, from.map(n -> name + ":" + n.line)));
    }

    /** The entries of {@code section} set to {@code ~} that removed one of the reference's: each a setting of its own. */
    private void removed(String prefix, Optional<YamlNode> section, Collection<String> kept, Function<String, String> naming) {
        section.ifPresent(s -> s.map("").forEach((key, node) -> {
            String named = naming.apply(key);
            if (node.isNull() && !kept.contains(named)) {
                add(prefix + named, "~", Optional.of(node));
            }
        }));
    }

    private static String list(List<String> items) {
        return items.stream().collect(Collectors.joining(", ", "[", "]"));
    }

    private static Optional<YamlNode> entry(YamlNode map, String key) {
        return map.isMap() ? Optional.ofNullable(map.map("").get(key)) : Optional.empty();
    }

    /** The entry for {@code channel}, however the file writes it (Call, e-mail). */
    private static Optional<YamlNode> channelEntry(YamlNode map, Channel channel) {
        if (!map.isMap()) {
            return Optional.empty();
        }
        return map.map("").entrySet().stream().filter(e -> channelName(e.getKey()).equals(channel.name()))
                .map(Map.Entry::getValue).reduce((first, last) -> last);
    }

    private static Optional<YamlNode> obligationEntry(YamlNode map, ObligationType type) {
        if (!map.isMap()) {
            return Optional.empty();
        }
        return map.map("").entrySet().stream().filter(e -> e.getKey().strip().equalsIgnoreCase(type.key()))
                .map(Map.Entry::getValue).reduce((first, last) -> last);
    }

    private static String channelName(String key) {
        try {
            return Channel.of(key).name();
        } catch (InvalidValueException e) {
            return key;
        }
    }
}
