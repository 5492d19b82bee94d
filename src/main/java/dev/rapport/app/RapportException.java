package dev.rapport.app;

/**
 * A failure the user can act on: one sentence for stderr and the exit status that goes with it.
 * Everything outside the domain reports its errors this way; the command line prints them in one
 * place.
 */
public class RapportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExitStatus status;
    private final java.util.List<String> lines;

    public RapportException(ExitStatus status, String message) {
        this(status, message, java.util.List.of());
    }

    /** A sentence followed by {@code lines}, one a line: the customers an ambiguous name fits. */
    public RapportException(ExitStatus status, String message, java.util.List<String> lines) {
        super(message);
        this.status = status;
        this.lines = java.util.List.copyOf(lines);
    }

    public RapportException(ExitStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.lines = java.util.List.of();
    }

    public ExitStatus status() {
        return status;
    }

    /** What follows the sentence, one a line; usually nothing. */
    public java.util.List<String> lines() {
        return lines;
    }

    public static RapportException usage(String message) {
        return new RapportException(ExitStatus.USAGE, message);
    }

    public static RapportException badData(String message) {
        return new RapportException(ExitStatus.BAD_DATA, message);
    }

    /** An argument that names nothing there is, like an unknown customer id: a usage error. */
    public static RapportException notFound(String message) {
        return new RapportException(ExitStatus.USAGE, message);
    }
}
