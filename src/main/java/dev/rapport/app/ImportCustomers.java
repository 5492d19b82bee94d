package dev.rapport.app;

import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.CustomerIds;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.domain.NextContact;
import dev.rapport.domain.Policy;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code import customers} (SPEC §5): upserts the rows of a customer file in one transaction. Bad
 * rows are rejected with their line and reason and the rest imported; with {@code strict} the
 * first bad row stops the import and nothing is kept; a dry run reports the same and keeps nothing.
 */
public final class ImportCustomers {

    /** How to import. */
    public record Options(boolean spread, boolean strict, boolean dryRun) {

        /** A bad row of {@code source}: the end of a {@code --strict} import, else a rejected row told to the listener. */
        void reject(String source, SourceRow row, String reason, Listener listener) {
            if (strict) {
                throw RapportException.badData(source + ":" + row.line() + ": " + reason + "; nothing was imported (--strict)");
            }
            listener.rejected(new Rejected(row, reason));
        }
    }

    /** What the import did. */
    public record Summary(long read, long added, long updated, long unchanged, long rejected,
                          List<String> ignoredColumns, boolean dryRun) {
    }

    /** Hears about rejected rows and progress while the import runs. */
    public interface Listener {
        void rejected(Rejected rejected);

        default void progress(long rows, double fraction) {
        }
    }

    private static final int PROGRESS_EVERY = 10_000;


    private final Workspace workspace;

    public ImportCustomers(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The file read as customer fields: the mapping of its columns, and the columns it ignores. */
    public record Mapping(Function<SourceRow, Map<CustomerField, String>> fields, List<String> ignoredColumns) {
    }

    /**
     * Opens the database, creating it when it does not exist yet, before the file is read: an
     * import that then fails on its file leaves a database ready for the next try.
     */
    public void open() {
        Planner.current(workspace);
    }

    public Summary run(TabularSource source, Mapping mapping, Options options, Listener listener) {
        Planner.current(workspace);
        Counts counts = new Counts();
        try {
            workspace.storage().inTransaction(() -> {
                importAll(source, mapping, options, listener, counts);
                if (options.dryRun()) {
                    throw new DryRun();
                }
                return null;
            });
        } catch (DryRun done) {
            // rolled back on purpose: a dry run keeps nothing
        }
        return new Summary(counts.read, counts.added, counts.updated, counts.unchanged, counts.rejected,
                mapping.ignoredColumns(), options.dryRun());
    }

    private void importAll(TabularSource source, Mapping mapping, Options options, Listener listener, Counts counts) {
        CustomerStore customers = workspace.storage().customers();
        Policy policy = workspace.policy();
        Run run = new Run(policy, workspace.today(), new Planner(workspace.storage(), policy));
        try (CustomerStore.NewCustomers added = customers.newCustomers()) {
            importRows(source, mapping, options, listener, counts, customers, run, added);
        }
        listener.progress(counts.read, 1.0);
    }

    /** A row read and checked, ready to be written: as a new customer, unless its key exists. */
    private record Prepared(SourceRow row, String key, Map<CustomerField, String> fields, Customer draft,
                            List<String> draftText, List<NextContact> plan, String error) {
    }

    /**
     * What every row of one import is checked and planned against, read once: the workspace asks
     * the session each time, and rows are prepared on the reading thread.
     */
    private record Run(Policy policy, LocalDate today, Planner planner) {
    }

    private void importRows(TabularSource source, Mapping mapping, Options options, Listener listener, Counts counts,
                            CustomerStore customers, Run run, CustomerStore.NewCustomers added) {
        try (ReadAhead<Prepared> rows = new ReadAhead<>(source, row -> prepare(row, mapping, options, run))) {
            while (rows.hasNext()) {
                Prepared p = rows.next();
                counts.read++;
                try {
                    if (p.error() != null) {
                        throw new InvalidValueException(p.error());
                    }
                    upsert(p, customers, run, added, counts);
                } catch (InvalidValueException e) {
                    counts.rejected++;
                    options.reject(source.name(), p.row(), e.getMessage(), listener);
                }
                if (counts.read % PROGRESS_EVERY == 0) {
                    listener.progress(counts.read, source.progress());
                }
            }
        }
    }

    /**
     * The pure part of importing a row, done ahead on the reading thread: its fields, its key, and
     * the customer and first plan it makes if the key is new. A bad row carries its reason.
     */
    private Prepared prepare(SourceRow row, Mapping mapping, Options options, Run run) {
        Map<CustomerField, String> fields = null;
        String key = null;
        try {
            fields = new EnumMap<>(mapping.fields().apply(row.readable()));
            // An empty cell for these means "not given": keep the customer's, or the default.
            for (CustomerField f : List.of(CustomerField.SINCE, CustomerField.STATUS, CustomerField.TIER)) {
                if (fields.containsKey(f) && fields.get(f).isBlank()) {
                    fields.remove(f);
                }
            }
            String name = fields.getOrDefault(CustomerField.NAME, "").strip();
            String company = fields.getOrDefault(CustomerField.COMPANY, "").strip();
            String email = fields.getOrDefault(CustomerField.EMAIL, "").strip();
            if (name.isEmpty() && company.isEmpty() && email.isEmpty()) {
                throw new InvalidValueException("no name and no e-mail");
            }
            key = key(fields.getOrDefault(CustomerField.ID, "").strip(), email, name, company);
            fields.put(CustomerField.ID, key);
            // The fields are checked the same way whether they make a new customer or change one.
            Customer draft = apply(Customer.builder(key, "", run.policy().defaultTier(), run.today()), fields, run.policy());
            if (options.spread() && draft.lastContacts().isEmpty()) {
                draft = draft.toBuilder().spreadFrom(run.today()).build();
            }
            List<String> text = new java.util.ArrayList<>(CustomerField.values().length);
            for (CustomerField f : CustomerField.values()) {
                text.add(f.read(draft));
            }
            return new Prepared(row, key, fields, draft, text, run.planner().computeNew(draft), null);
        } catch (InvalidValueException e) {
            return new Prepared(row, key, fields, null, List.of(), List.of(), e.getMessage());
        }
    }

    private void upsert(Prepared p, CustomerStore customers, Run run, CustomerStore.NewCustomers newCustomers, Counts counts) {
        CustomerStore.Claim claim = newCustomers.claim(p.key());
        if (claim instanceof CustomerStore.Claim.Repeated) {
            throw new InvalidValueException("the key " + p.key() + " appears earlier in this file");
        }
        if (!(claim instanceof CustomerStore.Claim.Stored stored)) {
            newCustomers.add(p.draft(), p.draftText(), p.plan());
            counts.added++;
            return;
        }
        Customer current = stored.customer();
        Customer changed = apply(current.toBuilder(), p.fields(), run.policy());
        if (changed.equals(current)) {
            counts.unchanged++;
        } else {
            customers.update(changed);
            run.planner().replan(changed);
            counts.updated++;
        }
    }

    private static Customer apply(Customer.Builder builder, Map<CustomerField, String> fields, Policy policy) {
        fields.forEach((field, text) -> field.write(builder, text));
        Customer customer = builder.build();
        policy.check(customer);
        return customer;
    }

    /** The id when the row has one, else the e-mail, else a slug of name and company (SPEC §5). */
    private static String key(String id, String email, String name, String company) {
        if (!id.isEmpty()) {
            return id;
        }
        if (!email.isEmpty()) {
            return email.toLowerCase(Locale.ROOT);
        }
        String slug = CustomerIds.slug(name, company);
        if (slug.isEmpty()) {
            throw new InvalidValueException("no id, no e-mail, and no letters in the name to make a key from");
        }
        return slug;
    }

    private static final class Counts {
        long read;
        long added;
        long updated;
        long unchanged;
        long rejected;
    }
}
