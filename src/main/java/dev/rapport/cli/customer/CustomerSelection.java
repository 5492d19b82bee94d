package dev.rapport.cli.customer;

import dev.rapport.app.CustomerQuery;
import dev.rapport.app.KnownValues;
import dev.rapport.domain.Status;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Which customers {@code rapport customer list} lists. */
final class CustomerSelection {

    @Option(names = "--tier", paramLabel = "TIER", description = "Only this tier.")
    String tier;

    @Option(names = "--owner", paramLabel = "NAME", description = "Only this account manager's customers.")
    String owner;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only active, paused or archived customers.")
    Status status;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only customers with this tag.")
    String tag;

    @Option(names = {"--search", "-s"}, paramLabel = "TEXT", description = "Only customers with a word of the name or company that starts with each word of TEXT,"
            + " ignoring case and accents (muller finds Jürgen Müller), or whose id or e-mail starts with TEXT.")
    String search;

    @Option(names = "--limit", paramLabel = "N", description = "At most N customers.")
    Integer limit;

    /** The query; a tier or owner no one has is refused with the known ones ({@link KnownValues}). */
    CustomerQuery query(KnownValues knownValues, CommandLine command) {
        if (limit != null && limit < 1) {
            throw new CommandLine.ParameterException(command, "--limit must be 1 or more, not " + limit);
        }
        return new CustomerQuery(Optional.ofNullable(tier).map(t -> knownValues.tier("--tier", t)),
                Optional.ofNullable(owner).map(o -> knownValues.owner("--owner", o)),
                Optional.ofNullable(status), Optional.ofNullable(tag), Optional.ofNullable(search),
                limit == null ? Integer.MAX_VALUE : limit);
    }
}
