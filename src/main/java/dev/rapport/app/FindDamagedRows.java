package dev.rapport.app;

import java.util.function.Consumer;

/**
 * Part of {@code rapport check}: every stored row whose values do not read, each named by its
 * table, row, column and value, so that a person can fix them before anything else reads them.
 */
public final class FindDamagedRows {


    private final Workspace workspace;

    public FindDamagedRows(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Hands each damaged row to {@code sink}; returns how many there were. */
    public long find(Consumer<DamagedRow> sink) {
        long[] found = {0};
        workspace.storage().damagedRows(row -> {
            found[0]++;
            sink.accept(row);
        });
        return found[0];
    }
}
