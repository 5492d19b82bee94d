package dev.rapport.app;

/** A row of an input file that was not imported, and why. */
public record Rejected(SourceRow row, String reason) {
}
