package dev.rapport.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A way of reaching a customer: {@code call}, {@code visit}, {@code email}, … Channels are names
 * from the policy, not a fixed list; these are the ones every policy knows.
 */
public record Channel(String name) implements Comparable<Channel> {

    // Declared before the constants below, which use it while the class initialises.
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public static final Channel CALL = new Channel("call");
    public static final Channel VISIT = new Channel("visit");
    public static final Channel EMAIL = new Channel("email");
    public static final Channel LETTER = new Channel("letter");
    public static final Channel FAX = new Channel("fax");
    public static final Channel EVENT = new Channel("event");
    public static final Channel SURVEY = new Channel("survey");

    /** The channels of SPEC §1, known to every policy. */
    public static final List<Channel> STANDARD = List.of(CALL, VISIT, EMAIL, LETTER, FAX, EVENT, SURVEY);

    public Channel {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidValueException("\"" + name + "\" is not a channel name; use lower-case letters, e.g. call, visit, email");
        }
    }

    public static Channel of(String name) {
        String n = name == null ? null : name.strip().toLowerCase(Locale.ROOT);
        if ("e-mail".equals(n) || "mail".equals(n)) {
            return EMAIL;
        }
        if ("phone".equals(n)) {
            return CALL;
        }
        if ("meeting".equals(n)) {
            return VISIT;
        }
        return new Channel(n);
    }

    // Written out rather than left to the record: its generated equals and hashCode bootstrap
    // java.lang.runtime.ObjectMethods on first use, a tenth of a start-up of the agenda.
    @Override
    public boolean equals(Object other) {
        return other instanceof Channel c && name.equals(c.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public int compareTo(Channel other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
