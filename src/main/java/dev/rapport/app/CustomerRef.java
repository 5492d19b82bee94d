package dev.rapport.app;

/**
 * A customer as a person named it: an id, an e-mail, or words of the name or the company, and
 * whether archived customers count when the words fit several ({@code --all}).
 */
public record CustomerRef(String typed, boolean archivedToo) {

    /** What was typed, with archived customers left out of the choice. */
    public static CustomerRef of(String typed) {
        return new CustomerRef(typed, false);
    }
}
