package dev.rapport.app;

import dev.rapport.domain.Channel;
import dev.rapport.domain.Customer;
import dev.rapport.domain.Policy;
import dev.rapport.domain.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What a person may mean by the start of a word, for completion: customers, owners, tiers and
 * channels, each list in order and at most {@link #LIMIT} long, so that a tab press stays quick on
 * a database of a million customers.
 */
public final class Suggest {

    public static final int LIMIT = 50;

    /** A value to complete to, and what it stands for (a customer's id and its name). */
    public record Suggestion(String value, String description) {
    }

    // Opened only for what needs it: tiers and channels come from the policy alone.
    private final Workspace workspace;

    public Suggest(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * The customers that {@code typed} finds, as a lookup finds them (the start of a word of the
     * name or the company for each word typed, or of the id or the e-mail), archived ones too:
     * each as its id, described by its name and company. Completion puts the id on the line, so
     * that the word completed names one customer, whatever else the name fits; the description
     * tells them apart (and is what fish matches the words typed against).
     */
    public List<Suggestion> customers(String typed) {
        List<Suggestion> found = new ArrayList<>();
        if (typed.length() > CustomerLookup.MAX_TYPED) {
            return found; // nothing starts so long, and the database would refuse the pattern
        }
        for (Customer c : workspace.storage().customers().matching(typed, true, LIMIT)) {
            String company = c.company().isEmpty() || c.company().equals(c.displayName()) ? "" : ", " + c.company();
            found.add(new Suggestion(c.id(), c.displayName() + company + (c.status() == Status.ARCHIVED ? " (archived)" : "")));
        }
        return found;
    }

    public List<String> owners(String prefix) {
        if (prefix.length() > CustomerLookup.MAX_TYPED) {
            return List.of();
        }
        return workspace.storage().customers().owners(prefix, LIMIT);
    }

    /** The policy's tiers, in the policy's order. */
    public List<String> tiers(String prefix) {
        return workspace.policy().tierNames().stream().filter(t -> startsWith(t, prefix)).limit(LIMIT).toList();
    }

    /** Every channel the policy knows, sorted. */
    public List<String> channels(String prefix) {
        return workspace.policy().channels().stream().map(Channel::name).filter(c -> startsWith(c, prefix)).limit(LIMIT).toList();
    }

    private static boolean startsWith(String text, String prefix) {
        return text.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }
}
