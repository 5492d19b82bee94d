package dev.rapport.app;

/**
 * A failure the user can act on: one sentence for stderr and the exit status that goes with it.
 * Everything outside the domain reports its errors this way; the command line prints them in one
 * place.
 */
public class RapportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExitStatus status;

    public RapportException(ExitStatus status, String message) {
        super(message);
        this.status = status;
    }

    public RapportException(ExitStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public ExitStatus status() {
        return status;
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
