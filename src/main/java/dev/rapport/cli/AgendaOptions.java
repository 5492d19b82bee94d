package dev.rapport.cli;

import picocli.CommandLine.Option;

/** The options of {@code agenda} and {@code overdue}. */
final class AgendaOptions {

    /**
     * The longest look ahead: 100 years, as the longest period. More is a typo, and its horizon
     * would pass the last day rapport plans for.
     */
    static final int MAX_DAYS = 36_600;

    @Option(names = "--days", paramLabel = "N", defaultValue = "0",
            description = "Also what falls due in the next N days, up to 36600 (default: ${DEFAULT-VALUE}: today and overdue).")
    int days;

    @Option(names = "--owner", paramLabel = "NAME", description = "Only this account manager's items.")
    String owner;

    @Option(names = "--tier", paramLabel = "TIER", description = "Only customers of this tier.")
    String tier;

    @Option(names = "--channel", paramLabel = "CHANNEL", description = "Only this channel, e.g. call.")
    String channel;

    @Option(names = "--reason", paramLabel = "REASON",
            description = "Only this reason: cadence, callback, acknowledge, answer, promise, resolve, escalation, follow-up.")
    String reason;

    @Option(names = "--limit", paramLabel = "N", description = "At most N items.")
    Integer limit;

    @Option(names = "--explain", description = "Show how each priority was computed.")
    boolean explain;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json or ics (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @picocli.CommandLine.Mixin
    ExcelSafeOption excel;

    @Option(names = "--fail-if-overdue", description = "Exit with status 3 when anything is overdue (for cron).")
    boolean failIfOverdue;
}
