package dev.rapport.app;

import dev.rapport.domain.Status;
import java.util.Optional;

/**
 * Which customers a listing shows. Empty filters match everything; {@code text} matches id, name,
 * company and e-mail, ignoring case.
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
