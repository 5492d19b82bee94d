package dev.rapport.storage.sqlite;

import dev.rapport.app.CustomerRecords;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.domain.ObligationType;
import java.util.List;

/**
 * A customer's rows across the tables, moved by merge and erased by forget. Rows refer to one
 * another (complaint events to their complaint, obligations to the contacts that opened and closed
 * them, everything to the customer), so erasure goes from the leaves to the customer; a move
 * changes only whose they are, and every reference stays as it was.
 */
final class SqliteCustomerRecords implements CustomerRecords {

    /**
     * The tables that hold a customer's records, in the order forget erases them. Every table the
     * journal records is one of them; a test keeps it so, so that a new table is a decision.
     */
    static final List<String> ERASED = List.of("complaint_event", "obligation", "contact_plan", "snooze", "interaction", "customer");

    private final SqliteStatements db;
    private final SqliteTransactions transactions;

    SqliteCustomerRecords(SqliteStatements db, SqliteTransactions transactions) {
        this.db = db;
        this.transactions = transactions;
    }

    private long number(String customerId) {
        return db.query("read customer " + customerId, "SELECT customer_no FROM customer WHERE id = ?", rs -> rs.getLong(1),
                customerId).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("customer " + customerId + " is not there"));
    }

    /** Runs a write and returns the rows it changed itself, without those its triggers changed (which the driver adds). */
    private long changed(String doing, String sql, Object... args) {
        db.update(doing, sql, args);
        return count(doing, "SELECT changes()");
    }

    private long count(String doing, String sql, Object... args) {
        return db.query(doing, sql, rs -> rs.getLong(1), args).get(0);
    }

    @Override
    public Moved move(String fromId, String toId) {
        long from = number(fromId);
        long to = number(toId);
        String doing = "move the records of " + fromId + " to " + toId;
        long complaints = count(doing, "SELECT count(*) FROM obligation WHERE customer_no = ? AND type = ?", from, ObligationType.RESOLVE.key());
        long contacts = changed(doing, "UPDATE interaction SET customer_no = ? WHERE customer_no = ?", to, from);
        long obligations = changed(doing, "UPDATE obligation SET customer_no = ? WHERE customer_no = ?", to, from);

        List<String> dropped = db.query(doing, "SELECT channel FROM contact_plan WHERE customer_no = ?1 AND channel IN"
                + " (SELECT channel FROM contact_plan WHERE customer_no = ?2) ORDER BY channel", rs -> rs.getString(1), from, to);
        db.update(doing, "DELETE FROM contact_plan WHERE customer_no = ?1 AND channel IN"
                + " (SELECT channel FROM contact_plan WHERE customer_no = ?2)", from, to);
        long plans = changed(doing, "UPDATE contact_plan SET customer_no = ? WHERE customer_no = ?", to, from);

        // A snooze says not before that day: where both are snoozed on a channel, the later day holds.
        long snoozes = count(doing, "SELECT count(*) FROM snooze WHERE customer_no = ?", from);
        db.update(doing, "UPDATE snooze AS k SET until = (SELECT max(k.until, d.until) FROM snooze d WHERE d.customer_no = ?1"
                + " AND d.channel = k.channel) WHERE k.customer_no = ?2 AND k.channel IN (SELECT channel FROM snooze WHERE customer_no = ?1)",
                from, to);
        db.update(doing, "DELETE FROM snooze WHERE customer_no = ?1 AND channel IN (SELECT channel FROM snooze WHERE customer_no = ?2)",
                from, to);
        db.update(doing, "UPDATE snooze SET customer_no = ? WHERE customer_no = ?", to, from);
        return new Moved(contacts, obligations, complaints, plans, snoozes, dropped);
    }

    @Override
    public Erased erase(String customerId) {
        long no = number(customerId);
        String doing = "erase customer " + customerId;
        try {
            // Deleted content is overwritten with zeros, not only unlinked: should the VACUUM after
            // the commit fail, no page of the file or its log still holds it.
            db.execute("PRAGMA secure_delete = ON");
        } catch (java.sql.SQLException e) {
            throw SqliteErrors.translate(e, db.name(), doing);
        }
        long complaints = count(doing, "SELECT count(*) FROM obligation WHERE customer_no = ? AND type = ?", no, ObligationType.RESOLVE.key());
        long events = changed(doing, "DELETE FROM complaint_event WHERE complaint IN (SELECT id FROM obligation WHERE customer_no = ?)", no);
        long obligations = changed(doing, "DELETE FROM obligation WHERE customer_no = ?", no);
        // A plan refers to the contact that fulfilled it: plans go before contacts.
        long plans = changed(doing, "DELETE FROM contact_plan WHERE customer_no = ?", no);
        long snoozes = changed(doing, "DELETE FROM snooze WHERE customer_no = ?", no);
        keepAnonymousCounts(doing, no);
        long contacts = changed(doing, "DELETE FROM interaction WHERE customer_no = ?", no);
        // What the calendar feeds published of the customer holds its name: erased too (not a
        // table the journal records, so not one of ERASED). Its events stay in the calendars.
        db.update(doing, "DELETE FROM feed_event WHERE customer = ?", customerId);
        long customers = changed(doing, "DELETE FROM customer WHERE customer_no = ?", no);
        if (customers != 1) {
            throw new RapportException(ExitStatus.INTERNAL, "customer " + customerId + " was not erased");
        }
        // The word index still holds the name in its older segments, marked deleted, until they
        // merge: merged now, so that only the other customers' words are left for the VACUUM to keep.
        try {
            db.execute(Schema.CUSTOMER_WORDS_OPTIMIZE);
        } catch (java.sql.SQLException e) {
            throw SqliteErrors.translate(e, db.name(), doing);
        }
        return new Erased(customers, contacts, obligations, complaints, events, plans, snoozes);
    }

    /** One customer's contacts as the activity tally counts them. */
    private static final String ACTIVITY_OF_ONE = "SELECT substr(at, 1, 10) AS day, channel, direction, count(*) AS contacts"
            + " FROM interaction WHERE customer_no = ? AND deleted = 0 GROUP BY 1, 2, 3";
    /** One customer's ratings as the satisfaction tally counts them: under the tier and owner it has now, as the deletion's trigger counts them out. */
    private static final String SATISFACTION_OF_ONE = "SELECT substr(i.at, 1, 7) AS month, c.tier AS tier, c.owner AS owner,"
            + " count(*) AS responses, sum(i.satisfaction) AS total FROM interaction i JOIN customer c ON c.customer_no = i.customer_no"
            + " WHERE i.customer_no = ? AND i.satisfaction IS NOT NULL AND i.deleted = 0 GROUP BY 1, 2, 3";

    /**
     * The customer's contacts, about to be deleted, stay in the activity and satisfaction tallies:
     * they are counted in once more here, so that the deletion's triggers, which count them out,
     * leave the tallies as they were. The same counts go into {@code meta}, where {@code check}
     * and a recount from the history find them (Schema.FORGOTTEN_ACTIVITY, FORGOTTEN_SATISFACTION).
     * Nothing in them says whose they were.
     */
    private void keepAnonymousCounts(String doing, long no) {
        db.update(doing, "INSERT INTO activity_tally SELECT * FROM (" + ACTIVITY_OF_ONE + ") WHERE true"
                + " ON CONFLICT DO UPDATE SET contacts = contacts + excluded.contacts", no);
        db.update(doing, "INSERT INTO meta (key, value) SELECT json_array('" + Schema.FORGOTTEN_ACTIVITY_KEY + "', day, channel, direction),"
                + " json_object('contacts', contacts) FROM (" + ACTIVITY_OF_ONE + ") WHERE true ON CONFLICT (key) DO UPDATE SET value ="
                + " json_object('contacts', (value ->> '$.contacts') + (excluded.value ->> '$.contacts'))", no);
        db.update(doing, "INSERT INTO satisfaction_tally SELECT * FROM (" + SATISFACTION_OF_ONE + ") WHERE true"
                + " ON CONFLICT DO UPDATE SET responses = responses + excluded.responses, total = total + excluded.total", no);
        db.update(doing, "INSERT INTO meta (key, value) SELECT json_array('" + Schema.FORGOTTEN_SATISFACTION_KEY + "', month, tier, owner),"
                + " json_object('responses', responses, 'total', total) FROM (" + SATISFACTION_OF_ONE + ") WHERE true"
                + " ON CONFLICT (key) DO UPDATE SET value = json_object('responses', (value ->> '$.responses') + (excluded.value ->> '$.responses'),"
                + " 'total', (value ->> '$.total') + (excluded.value ->> '$.total'))", no);
    }

    @Override
    public boolean compact() {
        return transactions.compact();
    }
}
