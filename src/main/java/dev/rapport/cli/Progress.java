package dev.rapport.cli;

import java.io.PrintWriter;

/**
 * A progress bar on stderr while a long command runs, only when a person watches a terminal (and
 * not with --quiet); it erases itself when done.
 */
final class Progress implements AutoCloseable {

    private static final int BAR = 30;

    private final boolean shown;
    private final PrintWriter err;
    private final String label;
    private boolean drawn;

    Progress(Session session, PrintWriter err, String label) {
        this.shown = session.environment().terminal() && !session.options().quiet();
        this.err = err;
        this.label = label;
    }

    void update(long rows, double fraction) {
        if (!shown) {
            return;
        }
        StringBuilder line = new StringBuilder("\r").append(label).append(' ');
        if (fraction >= 0) {
            int filled = (int) Math.round(fraction * BAR);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(BAR - filled)).append("] ")
                    .append(String.format("%3d%% ", Math.round(fraction * 100)));
        }
        line.append(String.format("%,d rows", rows));
        err.print(line);
        err.flush();
        drawn = true;
    }

    void done() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }

    @Override
    public void close() {
        done();
    }
}
