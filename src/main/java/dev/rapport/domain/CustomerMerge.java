package dev.rapport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How two records of one customer become one ({@code customer merge KEEP DUPLICATE}, SPEC §7):
 * KEEP takes what it lacks from the duplicate, and the duplicate stays, archived and marked as
 * merged, so that its fields can still be read and the merge can be undone.
 */
public final class CustomerMerge {

    /**
     * The tag that marks a customer merged into another, {@code merged-into:C1}. A tag, not a
     * column: it needs no schema change, the journal records it with the customer, and an id holds
     * no {@code :}, so the tag reads back unambiguously.
     */
    static final String MERGED_INTO = "merged-into:";

    private CustomerMerge() {
    }

    /** KEEP as the merge leaves it, with the fields it took from the duplicate, by their keys. */
    public record Kept(Customer customer, List<String> filled) {
        public Kept {
            filled = List.copyOf(filled);
        }
    }

    /** The id of the customer this one was merged into, if it was. */
    public static Optional<String> mergedInto(Customer customer) {
        for (String tag : customer.tags()) {
            if (tag.startsWith(MERGED_INTO) && CustomerIds.isValid(tag.substring(MERGED_INTO.length()))) {
                return Optional.of(tag.substring(MERGED_INTO.length()));
            }
        }
        return Optional.empty();
    }

    /** The tag {@link #mergedInto} reads. */
    public static String mergedIntoTag(String keepId) {
        return MERGED_INTO + keepId;
    }

    /**
     * KEEP with its empty fields filled from the duplicate. The address is taken whole, or not at
     * all: a street of one and a city of the other is no address. Tags are both lists; per-channel
     * cadences are both, KEEP's where both set a channel; each channel's imported last contact is
     * the later one; {@code since} is the earlier day, from which the customer was known. The id,
     * tier and status stay KEEP's.
     */
    public static Kept keep(Customer keep, Customer duplicate) {
        Customer.Builder merged = keep.toBuilder();
        for (CustomerField field : CustomerField.values()) {
            switch (field) {
                case ID, TIER, STATUS, STREET, CITY, REGION, POSTAL_CODE, COUNTRY, TAGS, CADENCE, LAST_CONTACTED, SINCE -> {
                    // below, or KEEP's
                }
                default -> {
                    if (field.read(keep).isEmpty() && !field.read(duplicate).isEmpty()) {
                        field.write(merged, field.read(duplicate));
                    }
                }
            }
        }
        if (keep.address().isEmpty()) {
            merged.address(duplicate.address());
        }
        List<String> tags = new ArrayList<>(keep.tags());
        tags.addAll(duplicate.tags());
        merged.tags(tags);
        Map<Channel, Period> cadence = new LinkedHashMap<>(duplicate.cadence());
        cadence.putAll(keep.cadence());
        merged.cadence(cadence);
        Map<String, LocalDate> last = new LinkedHashMap<>(keep.lastContacts());
        duplicate.lastContacts().forEach((channel, day) -> last.merge(channel, day, (a, b) -> a.isAfter(b) ? a : b));
        merged.lastContacts(last);
        if (duplicate.since().isBefore(keep.since())) {
            merged.since(duplicate.since());
        }
        Customer result = merged.build();
        List<String> filled = new ArrayList<>();
        for (CustomerField field : CustomerField.values()) {
            if (!field.read(result).equals(field.read(keep))) {
                filled.add(field.key());
            }
        }
        return new Kept(result, filled);
    }

    /** The duplicate as the merge leaves it: archived, and tagged as merged into KEEP. */
    public static Customer archive(Customer duplicate, String keepId) {
        List<String> tags = new ArrayList<>(duplicate.tags());
        tags.add(mergedIntoTag(keepId));
        return duplicate.toBuilder().status(Status.ARCHIVED).tags(tags).build();
    }
}
