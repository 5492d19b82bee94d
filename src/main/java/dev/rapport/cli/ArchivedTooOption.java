package dev.rapport.cli;

import dev.rapport.app.CustomerRef;
import picocli.CommandLine.Option;

/**
 * {@code --all}: for every command that looks a customer up. Words that fit several customers
 * leave the archived ones out of the choice (a merged duplicate, a customer no longer served);
 * with it they count too.
 */
public final class ArchivedTooOption {

    @Option(names = "--all", description = "Archived customers count too when the customer's words fit several"
            + " (they are left out unless only archived ones fit).")
    boolean all;

    /** The customer named by {@code typed}. */
    public CustomerRef ref(String typed) {
        return new CustomerRef(typed, all);
    }
}
