package dev.rapport.terminal;

import dev.rapport.app.CustomerRecords;
import dev.rapport.app.ForgetCustomer;
import dev.rapport.domain.Customer;
import java.util.ArrayList;
import java.util.List;

/** What {@code customer forget} says: whom it erases, then what it erased and what the files still hold. */
public final class Erasures {

    private Erasures() {
    }

    /**
     * {@code C1 (Jürgen Müller)}, or {@code C1 (Jürgen Müller) and C3 (J. Müller), which was merged
     * into it,}; once they are erased, only {@code C1 and C3 (merged into it)}.
     */
    public static String whom(List<Customer> whom, boolean names) {
        List<String> each = new ArrayList<>();
        for (Customer c : whom) {
            each.add(c.id() + (names ? " (" + c.displayName() + ")" : ""));
        }
        if (each.size() == 1) {
            return each.get(0);
        }
        String merged = String.join(", ", each.subList(1, each.size()));
        return each.get(0) + " and " + merged + (!names ? " (merged into it)"
                : each.size() == 2 ? ", which was merged into it," : ", which were merged into it,");
    }

    /** What was erased, how the journal changed, and whether the files hold any copy. */
    public static String message(ForgetCustomer.Erasure e) {
        CustomerRecords.Erased r = e.erased();
        List<String> counts = new ArrayList<>();
        counts.add(Figures.plural(r.customers(), "customer"));
        counts.add(Figures.plural(r.contacts(), "contact"));
        counts.add(Figures.plural(r.obligations(), "obligation") + (r.complaints() == 0 ? ""
                : " (" + Figures.plural(r.complaints(), "complaint") + ", "
                + Figures.plural(r.complaintEvents(), "complaint event") + ")"));
        counts.add(Figures.plural(r.plans(), "plan"));
        counts.add(Figures.plural(r.snoozes(), "snooze"));
        String journal = e.journal().changes() == 0 && e.journal().entries() == 0 ? "the journal held nothing of it"
                : "removed " + Figures.plural(e.journal().changes(), "change") + " from the journal; "
                + Figures.plural(e.journal().entries(), "entry").replace("entrys", "entries")
                + " they were part of can no longer be undone";
        String files = e.logEmptied()
                ? "Compacted the database (VACUUM) and emptied its log: neither file holds a copy. Backups made before still do."
                : "Compacted the database (VACUUM), but another program has it open and its log could not be emptied:"
                + " the log may hold a copy until that program closes it. Backups made before still do.";
        return "Erased " + whom(e.customers(), false) + ": " + String.join(", ", counts) + "; " + journal + ".\n" + files;
    }
}
