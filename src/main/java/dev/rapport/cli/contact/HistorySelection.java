package dev.rapport.cli.contact;

import dev.rapport.app.CustomerRef;
import dev.rapport.app.ReadHistory;
import dev.rapport.cli.CliValues;
import dev.rapport.cli.Phrases;
import dev.rapport.cli.Session;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.DateWords;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which of a customer's contacts {@code rapport history} lists. */
final class HistorySelection {

    @Option(names = "--channel", paramLabel = "CHANNEL", description = "Only contacts on this channel.")
    String channel;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only contacts of this kind: routine, complaint, feedback, needs, sale or follow-up.")
    String kind;

    @Option(names = "--from", paramLabel = "DATE", preprocessor = Phrases.Date.class,
            description = "Only contacts on or after this day, such as 2026-11-01, -2w or last monday.")
    DateWords from;

    @Option(names = "--to", paramLabel = "DATE", preprocessor = Phrases.Date.class,
            description = "Only contacts on or before this day, such as 2026-11-30 or yesterday.")
    DateWords to;

    @Option(names = "--limit", paramLabel = "N", description = "At most N contacts, the newest.")
    Integer limit;

    ReadHistory.Query query(Session session, CustomerRef customer) {
        return new ReadHistory.Query(customer, Optional.ofNullable(channel).map(k -> CliValues.channel("--channel", k)),
                Optional.ofNullable(kind).map(k -> CliValues.parse("--kind", k, ContactKind::parse)),
                Optional.ofNullable(from).map(d -> session.day("--from", d)), Optional.ofNullable(to).map(d -> session.day("--to", d)),
                Optional.ofNullable(limit));
    }

    /** Whether it leaves some contacts out: a channel, a kind or days (the limit only shortens the list). */
    boolean selects() {
        return channel != null || kind != null || from != null || to != null;
    }
}
