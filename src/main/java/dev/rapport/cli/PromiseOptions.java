package dev.rapport.cli;

import dev.rapport.app.RapportException;
import dev.rapport.domain.ObligationRules;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --promise TEXT (--due DATE | --within PERIOD)}: what the customer was promised, and by when. */
final class PromiseOptions {

    @Option(names = "--promise", required = true, paramLabel = "TEXT", description = "A promise made in this contact; it stays open until done.")
    String text;

    @Option(names = "--due", paramLabel = "DATE", description = "When the promise is due.")
    LocalDate due;

    @Option(names = "--within", paramLabel = "PERIOD", description = "When the promise is due, from the contact: e.g. 3 workdays.")
    String within;

    ObligationRules.Promise promise() {
        if ((due == null) == (within == null)) {
            throw RapportException.usage("--promise needs either --due DATE or --within PERIOD");
        }
        return new ObligationRules.Promise(text, Optional.ofNullable(due),
                Optional.ofNullable(within).map(w -> CliValues.period("--within", w)));
    }
}
