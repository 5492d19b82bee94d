package dev.rapport.domain;

import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tier policy: who is contacted how often on which channel, which contacts count, the working
 * calendar and the obligation deadlines. The cadence matrix is configuration, not code.
 *
 * @param timeZone    the planner's time zone; empty means the system's
 * @param calendar    working days, holidays and the shift rule
 * @param tiers       tiers by name, in the order the policy lists them
 * @param defaultTier the tier of a customer that names none
 * @param counts      per cadence channel, the interaction channels that restart its clock
 * @param obligations deadlines per obligation type
 */
public record Policy(
        Optional<ZoneId> timeZone,
        WorkCalendar calendar,
        Map<String, Tier> tiers,
        String defaultTier,
        Map<Channel, Set<Channel>> counts,
        Map<ObligationType, ObligationRule> obligations) {

    public Policy {
        tiers = Collections.unmodifiableMap(new LinkedHashMap<>(tiers));
        if (tiers.isEmpty()) {
            throw new InvalidValueException("the policy needs at least one tier");
        }
        if (!tiers.containsKey(defaultTier)) {
            throw new InvalidValueException("the default tier \"" + defaultTier + "\" is not one of the tiers: " + String.join(", ", tiers.keySet()));
        }
        Map<Channel, Set<Channel>> c = new LinkedHashMap<>();
        counts.forEach((k, v) -> c.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        counts = Collections.unmodifiableMap(c);
        EnumMap<ObligationType, ObligationRule> o = new EnumMap<>(ObligationType.class);
        o.putAll(obligations);
        obligations = Collections.unmodifiableMap(o);
    }

    /** The reference policy of SPEC §1 and §3, used where the policy file says nothing. */
    public static Policy reference() {
        Map<String, Tier> tiers = new LinkedHashMap<>();
        tiers.put("key", new Tier("key", 4, cadence(Period.months(1), Period.months(3))));
        tiers.put("major", new Tier("major", 3, cadence(Period.months(3), Period.months(6))));
        tiers.put("ordinary", new Tier("ordinary", 2, cadence(Period.months(6), Period.years(1))));
        tiers.put("small", new Tier("small", 1, Map.of(Channel.CALL, Period.years(1))));

        Map<Channel, Set<Channel>> counts = new LinkedHashMap<>();
        counts.put(Channel.CALL, Set.of(Channel.CALL, Channel.VISIT));
        counts.put(Channel.VISIT, Set.of(Channel.VISIT));
        counts.put(Channel.EMAIL, Set.of(Channel.EMAIL, Channel.LETTER));

        Map<ObligationType, ObligationRule> obligations = new EnumMap<>(ObligationType.class);
        obligations.put(ObligationType.CALLBACK, ObligationRule.within(Period.workdays(1)));
        obligations.put(ObligationType.ACKNOWLEDGE, ObligationRule.within(Period.workdays(0)));
        obligations.put(ObligationType.ANSWER, ObligationRule.within(Period.workdays(3)));
        obligations.put(ObligationType.RESOLVE, new ObligationRule(Period.workdays(5),
                Optional.of(Period.workdays(3)), Optional.of("manager")));
        obligations.put(ObligationType.FOLLOW_UP, ObligationRule.within(Period.days(7)));

        return new Policy(Optional.empty(), WorkCalendar.MONDAY_TO_FRIDAY, tiers, "ordinary", counts, obligations);
    }

    private static Map<Channel, Period> cadence(Period call, Period visit) {
        Map<Channel, Period> m = new LinkedHashMap<>();
        m.put(Channel.CALL, call);
        m.put(Channel.VISIT, visit);
        return m;
    }

    public Optional<Tier> findTier(String name) {
        return Optional.ofNullable(tiers.get(name));
    }

    /** The named tier, or an error that lists the tiers there are. */
    public Tier tier(String name) {
        return findTier(name).orElseThrow(() -> new InvalidValueException(
                "unknown tier \"" + name + "\"; the policy has " + String.join(", ", tiers.keySet())));
    }

    /**
     * The cadence that applies to a customer, channel by channel: the tier's periods with the
     * customer's overrides on top, including channels set to {@code never}.
     */
    public List<AppliedCadence> cadenceOf(Customer customer) {
        Map<Channel, AppliedCadence> applied = new TreeMap<>();
        findTier(customer.tier()).ifPresent(t -> t.cadence().forEach(
                (k, p) -> applied.put(k, new AppliedCadence(k, p, false))));
        customer.cadence().forEach((k, p) -> applied.put(k, new AppliedCadence(k, p, true)));
        return List.copyOf(applied.values());
    }

    /** Checks what a customer refers to in the policy: its tier must be one of the policy's. */
    public void check(Customer customer) {
        if (!tiers.containsKey(customer.tier())) {
            throw new InvalidValueException("tier: unknown tier \"" + customer.tier() + "\"; the policy has "
                    + String.join(", ", tiers.keySet()));
        }
    }

    /** The interaction channels whose contacts restart the clock of cadence channel {@code k}. */
    public Set<Channel> countingChannels(Channel k) {
        return counts.getOrDefault(k, Set.of(k));
    }

    /** Every channel the policy or SPEC §1 knows of, sorted: what {@code log --via} accepts. */
    public Set<Channel> channels() {
        Set<Channel> all = new TreeSet<>(Channel.STANDARD);
        tiers.values().forEach(t -> all.addAll(t.cadence().keySet()));
        counts.forEach((k, v) -> {
            all.add(k);
            all.addAll(v);
        });
        return all;
    }

    public Optional<ObligationRule> rule(ObligationType type) {
        return Optional.ofNullable(obligations.get(type));
    }

    /**
     * What the stored due dates depend on, as text: the calendar, the cadences and the counts
     * rules, in a fixed order. When it changes, every due date is computed again.
     */
    public String planFingerprint() {
        StringBuilder sb = new StringBuilder("rules=1");
        sb.append(";workdays=").append(new java.util.TreeSet<>(calendar.workdays()));
        sb.append(";holidays=").append(calendar.holidays());
        sb.append(";shift=").append(calendar.shift());
        new TreeMap<>(tiers).forEach((name, tier) -> sb.append(";tier ").append(name).append('=')
                .append(new TreeMap<>(tier.cadence())));
        new TreeMap<>(counts).forEach((k, v) -> sb.append(";counts ").append(k).append('=').append(new TreeSet<>(v)));
        return sb.toString();
    }

    /** The policy with another calendar: used by tests and by the configuration loader. */
    public Policy withCalendar(WorkCalendar newCalendar) {
        return new Policy(timeZone, newCalendar, tiers, defaultTier, counts, obligations);
    }

    public List<String> tierNames() {
        return List.copyOf(tiers.keySet());
    }
}
