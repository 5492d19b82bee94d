package dev.rapport.app;

import dev.rapport.domain.DuplicateKeys;
import java.util.function.Consumer;

/**
 * {@code customer duplicates} (SPEC §7): the pairs of customers that are likely one, with why:
 * the same e-mail, the same phone number in any format, or the same name and company in any case
 * and with or without accents ({@link DuplicateKeys}). Customers merged already are left out.
 */
public final class FindDuplicates {


    private final Workspace workspace;

    public FindDuplicates(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Opens the database and brings its plan up to date: a missing database fails here, before any output. */
    public void open() {
        Planner.current(workspace);
    }

    /** Each likely pair to {@code sink}, as found, the earlier-added customer first: nothing is held. */
    public void pairs(Consumer<DuplicateKeys.Pair> sink) {
        workspace.storage().customers().likelyPairs(DuplicateKeys::of, sink);
    }
}
