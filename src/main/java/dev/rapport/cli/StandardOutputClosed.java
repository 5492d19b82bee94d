package dev.rapport.cli;

import java.io.IOException;

/**
 * The reader of standard output has gone, as {@code head -1} goes after its line: the command
 * stops writing and ends quietly with status 0. Not an error, so it carries no message for the
 * person; {@code git log | head} ends the same way.
 */
final class StandardOutputClosed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StandardOutputClosed(IOException cause) {
        super("the reader of standard output has gone", cause);
    }
}
