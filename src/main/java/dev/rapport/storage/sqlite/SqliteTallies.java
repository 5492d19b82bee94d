package dev.rapport.storage.sqlite;

import dev.rapport.domain.Outcome;
import dev.rapport.storage.InList;
import java.util.List;
import java.util.Map;

/**
 * The tallies that reports read (coverage, activity, satisfaction) and each customer's
 * {@code contacted} flag: counts that triggers keep in the same transaction as every write (log,
 * import, edit, replan, undo), so that a report reads a few thousand rows instead of a million
 * customers and five million contacts. Each trigger is defined once, here: the schema creates it
 * from this text (migrations 3 and 5), a bulk load drops it and creates it again from this text,
 * and {@code check} counts afresh from the history what it keeps.
 *
 * <p>A trigger takes no parameters, so the rule it needs, which outcomes restart a clock, is
 * rendered into its text from {@link Outcome#clockRestarting()}: {@link #rendered} makes each
 * {@code (:clock_restarting)} the list of them as literals. Statements that run from Java take it
 * as bound parameters ({@link #CLOCK_RESTARTING}).
 *
 * <p>This text is the schema's. A change of it, or of the rule, changes what the released
 * migrations make, which SchemaUpgradeTest refuses ("a released migration was edited"): such a
 * change is a new migration that creates the changed triggers and counts afresh (as a bulk load
 * does, {@link SqliteTriggerSuspension}), the released migrations keeping the text they had.
 */
final class SqliteTallies {

    private SqliteTallies() {
    }

    /** The outcomes that restart a clock, for statements that bind them as parameters. */
    static final InList CLOCK_RESTARTING = InList.of(Outcome.clockRestarting());

    /** {@code sql} with each {@code (:clock_restarting)} made the outcomes that restart a clock, as SQL literals. */
    static String rendered(String sql) {
        return sql.replace("(:clock_restarting)", "(" + CLOCK_RESTARTING.literals() + ")");
    }

    // Coverage: the active customers by tier, owner, first planned date and whether they were ever
    // contacted (a contact that got through, or a last-contact date given at import).

    /** An active customer added. */
    static final String COVERAGE_ON_INSERT = """
            CREATE TRIGGER coverage_on_insert AFTER INSERT ON customer WHEN new.status = 'active'
            BEGIN
                INSERT INTO coverage_tally VALUES (new.tier, new.owner, coalesce(new.next_due, ''),
                    new.contacted OR new.last_contacted != '', 1)
                    ON CONFLICT DO UPDATE SET customers = customers + 1;
            END;
            """;

    /** A customer moved from one count to another: its tier, owner, plan, status or contacted flag changed. */
    static final String COVERAGE_ON_UPDATE = """
            CREATE TRIGGER coverage_on_update AFTER UPDATE OF tier, owner, next_due, status, contacted, last_contacted ON customer
            BEGIN
                UPDATE coverage_tally SET customers = customers - 1 WHERE old.status = 'active' AND tier = old.tier
                    AND owner = old.owner AND next_due = coalesce(old.next_due, '')
                    AND contacted = (old.contacted OR old.last_contacted != '');
                INSERT INTO coverage_tally SELECT new.tier, new.owner, coalesce(new.next_due, ''),
                    new.contacted OR new.last_contacted != '', 1 WHERE new.status = 'active'
                    ON CONFLICT DO UPDATE SET customers = customers + 1;
            END;
            """;

    /** An active customer deleted (an undone import, a merge, forget). */
    static final String COVERAGE_ON_DELETE = """
            CREATE TRIGGER coverage_on_delete AFTER DELETE ON customer WHEN old.status = 'active'
            BEGIN
                UPDATE coverage_tally SET customers = customers - 1 WHERE tier = old.tier AND owner = old.owner
                    AND next_due = coalesce(old.next_due, '') AND contacted = (old.contacted OR old.last_contacted != '');
            END;
            """;

    /** The coverage triggers, which a bulk load of customers suspends. */
    static final List<String> COVERAGE_TRIGGERS = List.of(COVERAGE_ON_INSERT, COVERAGE_ON_UPDATE, COVERAGE_ON_DELETE);

    // Contacts: the activity per day, channel and direction, the satisfaction per month, tier and
    // owner, and the customer's contacted flag. Only standing contacts count (deleted = 0).
    // Satisfaction is tallied under the tier and owner the customer had when it was given, and taken
    // off under those it has now; check compares the months' totals, which stay right.

    /** A contact logged or imported. */
    static final String TALLY_ON_CONTACT = rendered("""
            CREATE TRIGGER tally_on_contact AFTER INSERT ON interaction WHEN new.deleted = 0
            BEGIN
                INSERT INTO activity_tally VALUES (substr(new.at, 1, 10), new.channel, new.direction, 1)
                    ON CONFLICT DO UPDATE SET contacts = contacts + 1;
                INSERT INTO satisfaction_tally SELECT substr(new.at, 1, 7), tier, owner, 1, new.satisfaction
                    FROM customer WHERE customer_no = new.customer_no AND new.satisfaction IS NOT NULL
                    ON CONFLICT DO UPDATE SET responses = responses + 1, total = total + excluded.total;
                UPDATE customer SET contacted = 1 WHERE customer_no = new.customer_no AND contacted = 0
                    AND new.outcome IN (:clock_restarting);
            END;
            """);

    /** A contact deleted for good (an undone log or import, forget). */
    static final String TALLY_ON_CONTACT_DELETE = rendered("""
            CREATE TRIGGER tally_on_contact_delete AFTER DELETE ON interaction WHEN old.deleted = 0
            BEGIN
                INSERT INTO activity_tally VALUES (substr(old.at, 1, 10), old.channel, old.direction, -1)
                    ON CONFLICT DO UPDATE SET contacts = contacts - 1;
                INSERT INTO satisfaction_tally SELECT substr(old.at, 1, 7), tier, owner, -1, -old.satisfaction
                    FROM customer WHERE customer_no = old.customer_no AND old.satisfaction IS NOT NULL
                    ON CONFLICT DO UPDATE SET responses = responses - 1, total = total + excluded.total;
                UPDATE customer SET contacted = 0 WHERE customer_no = old.customer_no AND contacted = 1
                    AND NOT EXISTS (SELECT 1 FROM interaction WHERE customer_no = old.customer_no
                        AND outcome IN (:clock_restarting) AND deleted = 0);
            END;
            """);

    /** A contact corrected, deleted (marked) or brought back. */
    static final String TALLY_ON_CONTACT_UPDATE = rendered("""
            CREATE TRIGGER tally_on_contact_update AFTER UPDATE OF customer_no, at, channel, direction, outcome, satisfaction, deleted
                ON interaction
            BEGIN
                INSERT INTO activity_tally SELECT substr(old.at, 1, 10), old.channel, old.direction, -1 WHERE old.deleted = 0
                    ON CONFLICT DO UPDATE SET contacts = contacts - 1;
                INSERT INTO activity_tally SELECT substr(new.at, 1, 10), new.channel, new.direction, 1 WHERE new.deleted = 0
                    ON CONFLICT DO UPDATE SET contacts = contacts + 1;
                INSERT INTO satisfaction_tally SELECT substr(old.at, 1, 7), tier, owner, -1, -old.satisfaction
                    FROM customer WHERE customer_no = old.customer_no AND old.satisfaction IS NOT NULL AND old.deleted = 0
                    ON CONFLICT DO UPDATE SET responses = responses - 1, total = total + excluded.total;
                INSERT INTO satisfaction_tally SELECT substr(new.at, 1, 7), tier, owner, 1, new.satisfaction
                    FROM customer WHERE customer_no = new.customer_no AND new.satisfaction IS NOT NULL AND new.deleted = 0
                    ON CONFLICT DO UPDATE SET responses = responses + 1, total = total + excluded.total;
                UPDATE customer SET contacted = 0 WHERE customer_no = old.customer_no AND contacted = 1
                    AND NOT EXISTS (SELECT 1 FROM interaction WHERE customer_no = old.customer_no
                        AND outcome IN (:clock_restarting) AND deleted = 0);
                UPDATE customer SET contacted = 1 WHERE customer_no = new.customer_no AND contacted = 0
                    AND new.outcome IN (:clock_restarting) AND new.deleted = 0;
            END;
            """);

    /** The contact triggers, which a bulk load of contacts suspends. */
    static final List<String> CONTACT_TRIGGERS = List.of(TALLY_ON_CONTACT, TALLY_ON_CONTACT_DELETE, TALLY_ON_CONTACT_UPDATE);

    /** The coverage tally counted afresh from the customers. */
    static final String COVERAGE_COUNT = "SELECT tier, owner, coalesce(next_due, ''), contacted OR last_contacted != '', count(*)"
            + " FROM customer WHERE status = 'active' GROUP BY 1, 2, 3, 4";
    /** The activity tally counted afresh from the history, with what forgotten customers' contacts left. */
    static final String ACTIVITY_COUNT = "SELECT day, channel, direction, sum(contacts) FROM (SELECT substr(at, 1, 10) AS day, channel,"
            + " direction, count(*) AS contacts FROM interaction WHERE deleted = 0 GROUP BY 1, 2, 3 UNION ALL " + Schema.FORGOTTEN_ACTIVITY
            + ") GROUP BY 1, 2, 3";
    /**
     * The satisfaction tally counted afresh from the history: under the customer's tier and owner
     * now, for a bulk load counts only into an empty history, where now is when the ratings came in.
     */
    static final String SATISFACTION_COUNT = "SELECT month, tier, owner, sum(responses), sum(total) FROM (SELECT substr(i.at, 1, 7) AS month,"
            + " c.tier AS tier, c.owner AS owner, count(*) AS responses, sum(i.satisfaction) AS total FROM interaction i"
            + " JOIN customer c ON c.customer_no = i.customer_no WHERE i.satisfaction IS NOT NULL AND i.deleted = 0 GROUP BY 1, 2, 3"
            + " UNION ALL " + Schema.FORGOTTEN_SATISFACTION + ") GROUP BY 1, 2, 3";

    /** Each tally that the coverage triggers keep, with the query that counts it afresh. */
    static final Map<String, String> COVERAGE_COUNTS = Map.of("coverage_tally", COVERAGE_COUNT);
    /** Each tally that the contact triggers keep, with the query that counts it afresh. */
    static final Map<String, String> CONTACT_COUNTS = Map.of("activity_tally", ACTIVITY_COUNT, "satisfaction_tally", SATISFACTION_COUNT);

    /** Marks the customers with a contact that got through, from the history; binds {@link #CLOCK_RESTARTING}. */
    static final String CONTACTED_RECOUNT = "UPDATE customer SET contacted = 1 WHERE contacted = 0 AND customer_no IN"
            + " (SELECT customer_no FROM interaction WHERE outcome IN (" + CLOCK_RESTARTING.marks() + ") AND deleted = 0)";
    /** Customers with no contact that got through, any longer, from the history: the reverse of {@link #CONTACTED_RECOUNT}. */
    static final String CONTACTED_RESET = "UPDATE customer SET contacted = 0 WHERE contacted = 1 AND customer_no NOT IN"
            + " (SELECT customer_no FROM interaction WHERE outcome IN (" + CLOCK_RESTARTING.marks() + ") AND deleted = 0)";

    /** The name a trigger's text creates: {@code CREATE TRIGGER name ...}. */
    static String triggerName(String create) {
        String[] words = create.strip().split("\\s+", 4);
        if (words.length < 3 || !words[0].equals("CREATE") || !words[1].equals("TRIGGER")) {
            throw new IllegalArgumentException("not a trigger: " + create);
        }
        return words[2];
    }
}
