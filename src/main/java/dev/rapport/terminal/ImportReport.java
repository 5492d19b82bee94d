package dev.rapport.terminal;

import dev.rapport.app.ImportCustomers;
import dev.rapport.app.ImportInteractions;
import dev.rapport.app.Rejected;
import dev.rapport.terminal.DisplayWidth;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What an import tells the user: each rejected row with its line and reason (the first few on
 * stderr, all of them in the rejects file), and the summary, which says that the good rows are
 * committed when some were rejected: exit 65 does not mean that nothing was imported.
 */
public final class ImportReport {

    private static final int SHOWN = 20;

    private final PrintWriter err;
    private final boolean quiet;
    private final Consumer<Rejected> keep;
    private final Optional<String> keptIn;
    private long rejected;

    /**
     * @param quiet  {@code --quiet}: no rejected row on {@code err}, and no count of those not shown
     * @param keep   where every rejected row is kept (the rejects file), if anywhere
     * @param keptIn the name of that file, which the summary gives; empty when the rows are not kept
     */
    public ImportReport(PrintWriter err, boolean quiet, Consumer<Rejected> keep, Optional<String> keptIn) {
        this.err = err;
        this.quiet = quiet;
        this.keep = keep;
        this.keptIn = keptIn;
    }

    public ImportCustomers.Listener listener(Progress progress) {
        return new ImportCustomers.Listener() {
            @Override
            public void rejected(Rejected r) {
                report(r, progress);
            }

            @Override
            public void progress(long rows, double fraction) {
                progress.update(rows, fraction);
            }
        };
    }

    public void report(Rejected r, Progress progress) {
        rejected++;
        keep.accept(r);
        if (rejected <= SHOWN && !quiet) {
            progress.done();
            err.println("rejected line " + r.row().line() + ": " + DisplayWidth.safe(r.reason()));
        }
    }

    public String summary(String source, ImportCustomers.Summary s) {
        StringBuilder text = more(s.rejected());
        text.append(source).append(": read ").append(s.read())
                .append(", added ").append(s.added())
                .append(", updated ").append(s.updated())
                .append(", unchanged ").append(s.unchanged())
                .append(", rejected ").append(s.rejected());
        committed(text, s.added() + s.updated() + s.unchanged(), s.rejected(), s.dryRun());
        return ending(text, s.ignoredColumns(), s.dryRun());
    }

    public String summary(String source, ImportInteractions.Summary s) {
        StringBuilder text = more(s.rejected());
        text.append(source).append(": read ").append(s.read())
                .append(", added ").append(s.added())
                .append(", unchanged ").append(s.unchanged())
                .append(", skipped ").append(s.skipped()).append(" (not contacts)")
                .append(", rejected ").append(s.rejected())
                .append("; replanned ").append(s.customersReplanned()).append(" customers");
        committed(text, s.added() + s.unchanged(), s.rejected(), s.dryRun());
        return ending(text, s.ignoredColumns(), s.dryRun());
    }

    private StringBuilder more(long rejectedRows) {
        StringBuilder text = new StringBuilder();
        if (rejectedRows > SHOWN && !quiet) {
            text.append("… and ").append(rejectedRows - SHOWN).append(" more rejected rows").append('\n');
        }
        return text;
    }

    /** With rows rejected, the rest are in the database all the same: the summary says so, and where the rejected are. */
    private void committed(StringBuilder text, long kept, long rejectedRows, boolean dryRun) {
        if (rejectedRows == 0) {
            return;
        }
        text.append("; the other ").append(rows(kept)).append(dryRun ? " would be" : kept == 1 ? " is" : " are").append(" committed, ");
        if (keptIn.isPresent()) {
            text.append("the ").append(rejectedRows).append(" rejected").append(rejectedRows == 1 ? " is" : " are")
                    .append(" in ").append(keptIn.get());
        } else {
            text.append("--rejects FILE keeps the ").append(rejectedRows).append(" rejected in a file");
        }
    }

    private static String rows(long n) {
        return n + (n == 1 ? " row" : " rows");
    }

    private static String ending(StringBuilder text, java.util.List<String> ignored, boolean dryRun) {
        if (!ignored.isEmpty()) {
            text.append("\nignored columns: ").append(DisplayWidth.safe(String.join(", ", ignored)));
        }
        if (dryRun) {
            text.append("\ndry run: nothing was written");
        }
        return text.toString();
    }
}
