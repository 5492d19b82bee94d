package dev.rapport.app;

/** The exit codes of SPEC §4, after BSD's sysexits where one fits. */
public enum ExitStatus {
    OK(0),
    USAGE(2),
    OVERDUE(3),
    BAD_DATA(65),
    NO_INPUT(66),
    INTERNAL(70),
    IO_ERROR(74),
    BUSY(75),
    /** Cancelled by the person at a question (Ctrl-C), as a shell reports SIGINT: 128 + 2. */
    INTERRUPTED(130);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
