package dev.rapport.app;

/** Thrown inside an import's transaction to unwind it after a dry run: everything read, nothing kept. */
final class DryRun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DryRun() {
        super(null, null, false, false);
    }
}
