package dev.rapport.terminal;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** How wide a table may be: the terminal's width, which {@code COLUMNS} overrides; no limit off a terminal. */
public final class TerminalWidth {

    private static final int DEFAULT_WIDTH = 100;

    private TerminalWidth() {
    }

    /**
     * @param columns  {@code COLUMNS}, when set
     * @param terminal whether the output is a terminal
     * @param open     the width of a terminal the run has open already (the shell's, which follows resizes)
     */
    public static int of(Optional<String> columns, boolean terminal, OptionalInt open) {
        if (columns.isPresent()) {
            try {
                return Math.max(20, Integer.parseInt(columns.get().strip()));
            } catch (NumberFormatException e) {
                // fall through to asking the terminal
            }
        }
        if (!terminal) {
            return Integer.MAX_VALUE;
        }
        if (open.isPresent()) {
            return open.getAsInt();
        }
        try (Terminal system = TerminalBuilder.builder().system(true).dumb(true).build()) {
            int w = system.getWidth();
            return w > 0 ? w : DEFAULT_WIDTH;
        } catch (IOException e) {
            return DEFAULT_WIDTH;
        }
    }
}
