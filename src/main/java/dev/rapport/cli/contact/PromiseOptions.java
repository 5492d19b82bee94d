package dev.rapport.cli.contact;

import dev.rapport.app.RapportException;
import dev.rapport.cli.CliValues;
import dev.rapport.cli.Phrases;
import dev.rapport.cli.Session;
import dev.rapport.domain.DateWords;
import dev.rapport.domain.ObligationRules;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --promise TEXT (--due DATE | --within PERIOD)}: what the customer was promised, and by when. */
final class PromiseOptions {

    @Option(names = "--promise", required = true, paramLabel = "TEXT", description = "A promise made in this contact; it stays open until done.")
    String text;

    @Option(names = "--due", paramLabel = "DATE", preprocessor = Phrases.Date.class,
            description = "When the promise is due, a day such as friday, eow, +2w or 2026-12-01.")
    DateWords due;

    @Option(names = "--within", paramLabel = "PERIOD", preprocessor = Phrases.Periods.class,
            description = "When the promise is due, from the contact: e.g. 3 workdays.")
    String within;

    /** The promise, its --due day read from the session's planning date. */
    ObligationRules.Promise promise(Session session) {
        if ((due == null) == (within == null)) {
            throw RapportException.usage("--promise needs either --due DATE or --within PERIOD");
        }
        return new ObligationRules.Promise(text, Optional.ofNullable(due).map(d -> session.day("--due", d)),
                Optional.ofNullable(within).map(w -> CliValues.period("--within", w)));
    }
}
