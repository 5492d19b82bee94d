package dev.rapport.terminal;

import java.io.PrintWriter;

/**
 * A progress bar on stderr while a long command runs, only when a person watches a terminal (and
 * not with --quiet); it erases itself when done.
 */
public final class Progress implements AutoCloseable {

    private static final int BAR = 30;

    private final boolean shown;
    private final PrintWriter err;
    private final String label;
    private boolean drawn;

    /** @param shown whether a person watches: stderr is a terminal and --quiet was not given */
    public Progress(boolean shown, PrintWriter err, String label) {
        this.shown = shown;
        this.err = err;
        this.label = label;
    }

    public void update(long rows, double fraction) {
        draw(fraction, String.format("%,d rows", rows));
    }

    /** The bar alone, for work counted in steps rather than rows. */
    public void update(double fraction) {
        draw(fraction, "");
    }

    private void draw(double fraction, String rows) {
        if (!shown) {
            return;
        }
        StringBuilder line = new StringBuilder("\r").append(label).append(' ');
        if (fraction >= 0) {
            int filled = (int) Math.round(Math.min(1, fraction) * BAR);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(BAR - filled)).append("] ")
                    .append(String.format("%3d%% ", Math.round(Math.min(1, fraction) * 100)));
        }
        line.append(rows);
        err.print(line);
        err.flush();
        drawn = true;
    }

    public void done() {
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
