package dev.rapport.app;

import dev.rapport.domain.Status;
import java.util.Optional;

/**
 * Which customers a listing shows. Empty filters match everything; {@code text} finds customers as
 * {@link CustomerStore#matching} does: by the start of a word of the name or the company for each
 * word of it, ignoring case and accents, or by the start of the id or the e-mail.
 */
public record CustomerQuery(
        Optional<String> tier,
        Optional<String> owner,
        Optional<Status> status,
        Optional<String> tag,
        Optional<String> text,
        int limit) {

    public CustomerQuery {
        text.ifPresent(t -> CustomerLookup.refuseTooLong("the search text", t));
        tag.ifPresent(t -> CustomerLookup.refuseTooLong("a tag", t));
    }

    public static final CustomerQuery ALL = new CustomerQuery(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Integer.MAX_VALUE);
}
