package dev.rapport.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;

/**
 * A customer's time zone, by its name: an IANA name such as {@code Europe/Berlin}, or an offset,
 * as {@link ZoneId#of} reads them. Kept as the name because that is all rapport shows, and
 * {@code ZoneId.of} also reads the zone's rules: for an agenda of a hundred customers in twenty
 * zones, a tenth of the start-up. {@link #zone()} gives the ZoneId where one is needed.
 */
public record TimeZoneName(String id) {

    /** The names of the JDK's time-zone database, read once (without any zone's rules). */
    private static final Set<String> REGIONS = ZoneId.getAvailableZoneIds();

    /** The zone named {@code text}; an error that says what to write for any other text. */
    public static TimeZoneName parse(String text) {
        String t = text.strip();
        if (REGIONS.contains(t)) {
            return new TimeZoneName(t);
        }
        try {
            return new TimeZoneName(ZoneId.of(t).getId());
        } catch (DateTimeException e) {
            throw new InvalidValueException("\"" + t + "\" is not a time zone; use an IANA name such as Europe/Berlin");
        }
    }

    public ZoneId zone() {
        return ZoneId.of(id);
    }

    @Override
    public String toString() {
        return id;
    }
}
