package dev.rapport.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A level of customer: its weight in the agenda's priority and how often each channel is due.
 */
public record Tier(String name, int weight, Map<Channel, Period> cadence) {

    public Tier {
        if (name == null || !name.matches("[a-z][a-z0-9-]{0,31}")) {
            throw new InvalidValueException("\"" + name + "\" is not a tier name; use lower-case letters, e.g. key, major");
        }
        if (weight < 0 || weight > 100) {
            throw new InvalidValueException("a tier's weight is a number from 0 to 100, not " + weight);
        }
        cadence = Collections.unmodifiableMap(new LinkedHashMap<>(cadence));
    }

    public Optional<Period> period(Channel channel) {
        return Optional.ofNullable(cadence.get(channel));
    }
}
