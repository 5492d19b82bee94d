package dev.rapport.cli.plan;

import dev.rapport.cli.ExcelSafeOption;
import dev.rapport.cli.Formats;
import dev.rapport.io.Format;
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

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.Planned.class, defaultValue = "table",
            description = "table, csv, tsv, json or ics (default: ${DEFAULT-VALUE}).")
    Format format;

    @picocli.CommandLine.Mixin
    ExcelSafeOption excel;

    @Option(names = "--fail-if-overdue", description = "Exit with status 3 when anything is overdue (for cron).")
    boolean failIfOverdue;

    @Option(names = "--no-cancelled", description = "With --format ics: leave out the events cancelled since an earlier export,"
            + " for a calendar that cannot replace an event by its UID (calcurse).")
    boolean noCancelled;

    /**
     * The calendar feed these options make: the command and the options that choose its items,
     * e.g. {@code agenda --days 30 --owner anna}. Each such feed remembers what it published.
     */
    String feed(boolean overdueOnly) {
        StringBuilder feed = new StringBuilder(overdueOnly ? "overdue" : "agenda");
        if (!overdueOnly && days != 0) {
            feed.append(" --days ").append(days);
        }
        String[][] filters = {{"--owner", owner}, {"--tier", tier}, {"--channel", channel}, {"--reason", reason},
            {"--limit", limit == null ? null : limit.toString()}};
        for (String[] filter : filters) {
            if (filter[1] != null) {
                feed.append(' ').append(filter[0]).append(' ').append(filter[1]);
            }
        }
        return feed.toString();
    }
}
