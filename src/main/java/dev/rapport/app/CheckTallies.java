package dev.rapport.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Part of {@code rapport check}: recomputes the stored dates, recounts the tallies the reports
 * read from the customers and their contacts, and lists every row where they differ.
 */
public final class CheckTallies {

    /** A tally row whose stored counts differ from the recounted ones; empty text where there is no row. */
    public record Difference(String tally, String key, String stored, String recounted) {
    }


    private final Workspace workspace;

    public CheckTallies(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Recomputes every customer's next contacts from the history and hands over each stored date
     * that differs (after replanning for a changed policy); returns how many differ.
     */
    public long planDifferences(java.util.function.Consumer<Planner.Difference> sink) {
        Planner.current(workspace);
        return new Planner(workspace.storage(), workspace.policy()).check(sink);
    }

    /**
     * What still refers to a deleted contact (an obligation it opened or closed, a plan it
     * fulfilled): a correction leaves none, so each is a fault, like a tally that differs.
     */
    public List<InteractionStore.Remnant> remnantsOfDeletedContacts() {
        List<InteractionStore.Remnant> remnants = new ArrayList<>();
        workspace.storage().interactions().remnantsOfDeleted(remnants::add);
        return remnants;
    }

    /** The differences, stored rows first in the tally's order, then rows only the recount has. */
    public List<Difference> differences() {
        Map<String, ReportStore.TallyRow> recounted = new HashMap<>();
        workspace.storage().reports().recountedTallies(r -> recounted.put(r.tally() + '\0' + r.key(), r));
        List<Difference> differences = new ArrayList<>();
        workspace.storage().reports().storedTallies(stored -> {
            ReportStore.TallyRow again = recounted.remove(stored.tally() + '\0' + stored.key());
            String counts = again == null ? "" : again.counts();
            if (!counts.equals(stored.counts())) {
                differences.add(new Difference(stored.tally(), stored.key(), stored.counts(), counts));
            }
        });
        recounted.values().stream()
                .sorted(java.util.Comparator.comparing(ReportStore.TallyRow::tally).thenComparing(ReportStore.TallyRow::key))
                .forEach(r -> differences.add(new Difference(r.tally(), r.key(), "", r.counts())));
        return differences;
    }
}
