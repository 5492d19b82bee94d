package dev.rapport.terminal;

import dev.rapport.domain.DuplicateKeys;
import java.util.List;

/** {@code rapport customer duplicates}: a row per likely pair. */
public final class DuplicatePairs {

    public static final List<String> COLUMNS = List.of("keep", "keep_name", "duplicate", "duplicate_name", "reason");
    /** The same, for help text, which needs a constant. */
    public static final String CSV_COLUMNS = "keep,keep_name,duplicate,duplicate_name,reason";

    private DuplicatePairs() {
    }

    public static List<Object> row(DuplicateKeys.Pair pair) {
        return List.of(pair.keep().id(), pair.keep().displayName(), pair.duplicate().id(), pair.duplicate().displayName(),
                pair.reasons().stream().map(DuplicateKeys.Reason::toString).toList());
    }
}
