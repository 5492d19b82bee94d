package dev.rapport.storage.sqlite;

import java.util.List;

/**
 * The database schema as a list of forward migrations: migration {@code n} (counting from 1) takes
 * a database from {@code PRAGMA user_version = n - 1} to {@code n}. Released migrations are never
 * edited; a change is a new migration at the end.
 *
 * <p>The triggers that keep derived data (the tallies and the contacted flag, {@link SqliteTallies};
 * the word index, below) are each defined once and the migrations that create them use that
 * definition, as does a bulk load that drops and makes them again; where a released migration
 * needs which outcomes restart a clock, it renders them from the domain ({@link
 * SqliteTallies#rendered}). What they make stays exactly what was released: SchemaUpgradeTest
 * compares it with the fixture of each version.
 */
final class Schema {

    private Schema() {
    }

    // The triggers that keep the word index of migration 7, each defined once: the migration
    // creates them from this text, and a bulk load drops them and creates them again from it.
    // Declared before the migrations, which use them.

    static final String CUSTOMER_WORDS_ON_INSERT = """
            CREATE TRIGGER customer_words_on_insert AFTER INSERT ON customer
            BEGIN
                INSERT INTO customer_words (rowid, name, company) VALUES (new.customer_no, new.name, new.company);
            END;
            """;
    static final String CUSTOMER_WORDS_ON_UPDATE = """
            CREATE TRIGGER customer_words_on_update AFTER UPDATE OF customer_no, name, company ON customer
                WHEN old.customer_no IS NOT new.customer_no OR old.name IS NOT new.name COLLATE BINARY
                    OR old.company IS NOT new.company COLLATE BINARY
            BEGIN
                INSERT INTO customer_words (customer_words, rowid, name, company) VALUES ('delete', old.customer_no, old.name, old.company);
                INSERT INTO customer_words (rowid, name, company) VALUES (new.customer_no, new.name, new.company);
            END;
            """;
    static final String CUSTOMER_WORDS_ON_DELETE = """
            CREATE TRIGGER customer_words_on_delete AFTER DELETE ON customer
            BEGIN
                INSERT INTO customer_words (customer_words, rowid, name, company) VALUES ('delete', old.customer_no, old.name, old.company);
            END;
            """;

    static final List<String> MIGRATIONS = List.of(
            // 1: customers. The text columns are the customer fields as CustomerField writes them.
            // Names and e-mails are indexed for lookups; owner and tier are not: each holds a large
            // share of the customers, where an index costs every import more than it saves a list.
            """
            CREATE TABLE customer (
                customer_no       INTEGER PRIMARY KEY,
                id                TEXT NOT NULL UNIQUE,
                name              TEXT NOT NULL COLLATE NOCASE,
                company           TEXT NOT NULL DEFAULT '',
                email             TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
                phone             TEXT NOT NULL DEFAULT '',
                street            TEXT NOT NULL DEFAULT '',
                city              TEXT NOT NULL DEFAULT '',
                region            TEXT NOT NULL DEFAULT '',
                postal_code       TEXT NOT NULL DEFAULT '',
                country           TEXT NOT NULL DEFAULT '',
                industry          TEXT NOT NULL DEFAULT '',
                size              TEXT NOT NULL DEFAULT '',
                tier              TEXT NOT NULL,
                owner             TEXT NOT NULL DEFAULT '',
                timezone          TEXT NOT NULL DEFAULT '',
                preferred_channel TEXT NOT NULL DEFAULT '',
                preferred_days    TEXT NOT NULL DEFAULT '',
                preferred_hours   TEXT NOT NULL DEFAULT '',
                listening_style   TEXT NOT NULL DEFAULT '',
                tags              TEXT NOT NULL DEFAULT '',
                needs             TEXT NOT NULL DEFAULT '',
                notes             TEXT NOT NULL DEFAULT '',
                status            TEXT NOT NULL DEFAULT 'active',
                since             TEXT NOT NULL,
                cadence           TEXT NOT NULL DEFAULT '',
                last_contacted    TEXT NOT NULL DEFAULT '',
                spread            INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX customer_name ON customer (name);
            CREATE INDEX customer_email ON customer (email);
            """,
            // 2: the planner: contacts, obligations, and each customer's planned contacts. The plan
            // lives in the customer row ("call=2026-12-01;visit=2027-03-01") with its earliest date
            // indexed, so that the agenda reads only customers with something due, and a bulk
            // import writes one row per customer, not three.
            """
            ALTER TABLE customer ADD COLUMN plan TEXT NOT NULL DEFAULT '';
            ALTER TABLE customer ADD COLUMN next_due TEXT;
            CREATE INDEX customer_next_due ON customer (next_due) WHERE next_due IS NOT NULL;
            CREATE TABLE interaction (
                id           INTEGER PRIMARY KEY,
                customer_no  INTEGER NOT NULL REFERENCES customer (customer_no),
                at           TEXT NOT NULL,
                channel      TEXT NOT NULL,
                direction    TEXT NOT NULL,
                outcome      TEXT NOT NULL,
                kind         TEXT NOT NULL,
                note         TEXT NOT NULL DEFAULT '',
                satisfaction INTEGER,
                logged_by    TEXT NOT NULL DEFAULT '',
                answers      INTEGER
            );
            -- Covers both the search for a customer's latest counting contact per channel and the
            -- check for a contact already imported.
            CREATE INDEX interaction_customer ON interaction (customer_no, channel, outcome, at);
            CREATE TABLE obligation (
                id           INTEGER PRIMARY KEY,
                customer_no  INTEGER NOT NULL REFERENCES customer (customer_no),
                type         TEXT NOT NULL,
                channel      TEXT NOT NULL,
                opened_at    TEXT NOT NULL,
                due          TEXT NOT NULL,
                note         TEXT NOT NULL DEFAULT '',
                source       INTEGER REFERENCES interaction (id),
                escalate_on  TEXT,
                escalate_to  TEXT,
                closed       TEXT,
                closed_note  TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX obligation_open_due ON obligation (due) WHERE closed IS NULL;
            CREATE INDEX obligation_open_escalation ON obligation (escalate_on) WHERE closed IS NULL AND escalate_on IS NOT NULL;
            CREATE INDEX obligation_customer ON obligation (customer_no);
            CREATE TABLE snooze (
                customer_no  INTEGER NOT NULL REFERENCES customer (customer_no),
                channel      TEXT NOT NULL,
                until        TEXT NOT NULL,
                PRIMARY KEY (customer_no, channel)
            ) WITHOUT ROWID;
            CREATE TABLE meta (
                key          TEXT PRIMARY KEY,
                value        TEXT NOT NULL
            ) WITHOUT ROWID;
            """,
            // 3: knowing the customer. Complaints keep a timeline of what happened to them; an
            // obligation remembers the contact that closed it (a follow-up's satisfaction) and, for
            // a follow-up, the complaint it follows; tickets imported from a CRM keep their key.
            // The goal of a customer's next contact. And three tallies, kept by triggers on every
            // write path (log, import, edit, replan), so that a report reads a few thousand rows
            // instead of a million customers and five million contacts.
            SqliteTallies.rendered("""
            ALTER TABLE obligation ADD COLUMN complaint INTEGER REFERENCES obligation (id);
            ALTER TABLE obligation ADD COLUMN closed_by INTEGER REFERENCES interaction (id);
            ALTER TABLE obligation ADD COLUMN ref TEXT;
            CREATE UNIQUE INDEX obligation_ref ON obligation (ref) WHERE ref IS NOT NULL;
            CREATE INDEX obligation_type ON obligation (type, opened_at);
            CREATE INDEX obligation_complaint ON obligation (complaint) WHERE complaint IS NOT NULL;
            CREATE TABLE complaint_event (
                id           INTEGER PRIMARY KEY,
                complaint    INTEGER NOT NULL REFERENCES obligation (id),
                at           TEXT NOT NULL,
                event        TEXT NOT NULL,
                note         TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX complaint_event_complaint ON complaint_event (complaint, at);
            CREATE TABLE contact_plan (
                customer_no  INTEGER NOT NULL REFERENCES customer (customer_no),
                channel      TEXT NOT NULL DEFAULT '',
                goal         TEXT NOT NULL,
                materials    TEXT NOT NULL DEFAULT '',
                planned_on   TEXT,
                set_at       TEXT NOT NULL,
                PRIMARY KEY (customer_no, channel)
            ) WITHOUT ROWID;
            CREATE INDEX contact_plan_on ON contact_plan (planned_on) WHERE planned_on IS NOT NULL;
            ALTER TABLE customer ADD COLUMN contacted INTEGER NOT NULL DEFAULT 0;
            UPDATE customer SET contacted = 1 WHERE customer_no IN
                (SELECT customer_no FROM interaction WHERE outcome IN (:clock_restarting));
            CREATE TABLE coverage_tally (
                tier         TEXT NOT NULL,
                owner        TEXT NOT NULL,
                next_due     TEXT NOT NULL,
                contacted    INTEGER NOT NULL,
                customers    INTEGER NOT NULL,
                PRIMARY KEY (tier, owner, next_due, contacted)
            ) WITHOUT ROWID;
            INSERT INTO coverage_tally
                SELECT tier, owner, coalesce(next_due, ''), contacted OR last_contacted != '', count(*)
                FROM customer WHERE status = 'active' GROUP BY 1, 2, 3, 4;
            """ + SqliteTallies.COVERAGE_ON_INSERT + SqliteTallies.COVERAGE_ON_UPDATE + SqliteTallies.COVERAGE_ON_DELETE + """
            CREATE TABLE activity_tally (
                day          TEXT NOT NULL,
                channel      TEXT NOT NULL,
                direction    TEXT NOT NULL,
                contacts     INTEGER NOT NULL,
                PRIMARY KEY (day, channel, direction)
            ) WITHOUT ROWID;
            INSERT INTO activity_tally
                SELECT substr(at, 1, 10), channel, direction, count(*) FROM interaction GROUP BY 1, 2, 3;
            CREATE TABLE satisfaction_tally (
                month        TEXT NOT NULL,
                tier         TEXT NOT NULL,
                owner        TEXT NOT NULL,
                responses    INTEGER NOT NULL,
                total        INTEGER NOT NULL,
                PRIMARY KEY (month, tier, owner)
            ) WITHOUT ROWID;
            INSERT INTO satisfaction_tally
                SELECT substr(i.at, 1, 7), c.tier, c.owner, count(*), sum(i.satisfaction)
                FROM interaction i JOIN customer c ON c.customer_no = i.customer_no
                WHERE i.satisfaction IS NOT NULL GROUP BY 1, 2, 3;
            -- Satisfaction is tallied under the tier and owner the customer had when it was given.
            CREATE TRIGGER tally_on_contact AFTER INSERT ON interaction
            BEGIN
                INSERT INTO activity_tally VALUES (substr(new.at, 1, 10), new.channel, new.direction, 1)
                    ON CONFLICT DO UPDATE SET contacts = contacts + 1;
                INSERT INTO satisfaction_tally SELECT substr(new.at, 1, 7), tier, owner, 1, new.satisfaction
                    FROM customer WHERE customer_no = new.customer_no AND new.satisfaction IS NOT NULL
                    ON CONFLICT DO UPDATE SET responses = responses + 1, total = total + excluded.total;
                UPDATE customer SET contacted = 1 WHERE customer_no = new.customer_no AND contacted = 0
                    AND new.outcome IN (:clock_restarting);
            END;
            """),
            // 4: the journal (SPEC §7). Each command that changes the database is one entry: when,
            // who, the command line, the schema version it ran under, and how many rows of each
            // table it changed (NULL while the command runs: the journal's triggers record then
            // only); once undone, when and by whom. Its changes are the statements that reverse
            // them, one per changed row, written by triggers that SqliteJournal makes from the
            // schema after every migration; customer_no (and, for a row moved to another customer,
            // old_customer_no) says whose data a change holds. A bulk load into an empty table is
            // one journal_bulk row: the rows of the table above a row id. Complaint events record
            // who acted. Contacts can now be deleted and changed (by undo, and later by
            // corrections), so their tallies and the customer's contacted flag follow both; the
            // obligations a contact opened or closed are indexed, which its deletion looks up.
            SqliteTallies.rendered("""
            CREATE TABLE journal (
                id             INTEGER PRIMARY KEY,
                at             TEXT NOT NULL,
                user           TEXT NOT NULL DEFAULT '',
                command        TEXT NOT NULL,
                summary        TEXT,
                schema_version INTEGER NOT NULL,
                undone_at      TEXT,
                undone_by      TEXT
            );
            CREATE INDEX journal_to_undo ON journal (id) WHERE undone_at IS NULL;
            CREATE INDEX journal_open ON journal (id) WHERE summary IS NULL;
            CREATE TABLE journal_change (
                id              INTEGER PRIMARY KEY,
                entry           INTEGER NOT NULL REFERENCES journal (id),
                table_name      TEXT NOT NULL,
                customer_no     INTEGER,
                old_customer_no INTEGER,
                undo            TEXT NOT NULL
            );
            CREATE INDEX journal_change_entry ON journal_change (entry);
            CREATE TABLE journal_bulk (
                id             INTEGER PRIMARY KEY,
                entry          INTEGER NOT NULL REFERENCES journal (id),
                table_name     TEXT NOT NULL,
                above          INTEGER NOT NULL
            );
            CREATE INDEX journal_bulk_entry ON journal_bulk (entry);
            ALTER TABLE complaint_event ADD COLUMN user TEXT NOT NULL DEFAULT '';
            CREATE INDEX obligation_source ON obligation (source) WHERE source IS NOT NULL;
            CREATE INDEX obligation_closed_by ON obligation (closed_by) WHERE closed_by IS NOT NULL;
            -- As tally_on_contact, the other way round. Satisfaction is taken off under the tier
            -- and owner the customer has now; check compares the months' totals, which stay right.
            CREATE TRIGGER tally_on_contact_delete AFTER DELETE ON interaction
            BEGIN
                INSERT INTO activity_tally VALUES (substr(old.at, 1, 10), old.channel, old.direction, -1)
                    ON CONFLICT DO UPDATE SET contacts = contacts - 1;
                INSERT INTO satisfaction_tally SELECT substr(old.at, 1, 7), tier, owner, -1, -old.satisfaction
                    FROM customer WHERE customer_no = old.customer_no AND old.satisfaction IS NOT NULL
                    ON CONFLICT DO UPDATE SET responses = responses - 1, total = total + excluded.total;
                UPDATE customer SET contacted = 0 WHERE customer_no = old.customer_no AND contacted = 1
                    AND NOT EXISTS (SELECT 1 FROM interaction WHERE customer_no = old.customer_no
                        AND outcome IN (:clock_restarting));
            END;
            CREATE TRIGGER tally_on_contact_update AFTER UPDATE OF customer_no, at, channel, direction, outcome, satisfaction
                ON interaction
            BEGIN
                INSERT INTO activity_tally VALUES (substr(old.at, 1, 10), old.channel, old.direction, -1)
                    ON CONFLICT DO UPDATE SET contacts = contacts - 1;
                INSERT INTO activity_tally VALUES (substr(new.at, 1, 10), new.channel, new.direction, 1)
                    ON CONFLICT DO UPDATE SET contacts = contacts + 1;
                INSERT INTO satisfaction_tally SELECT substr(old.at, 1, 7), tier, owner, -1, -old.satisfaction
                    FROM customer WHERE customer_no = old.customer_no AND old.satisfaction IS NOT NULL
                    ON CONFLICT DO UPDATE SET responses = responses - 1, total = total + excluded.total;
                INSERT INTO satisfaction_tally SELECT substr(new.at, 1, 7), tier, owner, 1, new.satisfaction
                    FROM customer WHERE customer_no = new.customer_no AND new.satisfaction IS NOT NULL
                    ON CONFLICT DO UPDATE SET responses = responses + 1, total = total + excluded.total;
                UPDATE customer SET contacted = 0 WHERE customer_no = old.customer_no AND contacted = 1
                    AND NOT EXISTS (SELECT 1 FROM interaction WHERE customer_no = old.customer_no
                        AND outcome IN (:clock_restarting));
                UPDATE customer SET contacted = 1 WHERE customer_no = new.customer_no AND contacted = 0
                    AND new.outcome IN (:clock_restarting);
            END;
            """),
            // 5: corrections (SPEC §7). A deleted contact stays, marked, so that undo brings it
            // back; every read of the history, every tally and the contacted flag leave it out,
            // and the index of a customer's history holds only the contacts that stand. A goal of
            // the next contact that a contact fulfils is no longer removed but marked with that
            // contact: it comes back when the contact is deleted or corrected so that it no longer
            // fulfils it. The few deleted contacts are indexed, for check. The tally triggers of
            // migration 4, again, counting only standing contacts and following a contact that is
            // deleted or brought back.
            """
            ALTER TABLE interaction ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE contact_plan ADD COLUMN fulfilled_by INTEGER REFERENCES interaction (id);
            DROP INDEX interaction_customer;
            CREATE INDEX interaction_customer ON interaction (customer_no, channel, outcome, at) WHERE deleted = 0;
            CREATE INDEX contact_plan_fulfilled_by ON contact_plan (fulfilled_by) WHERE fulfilled_by IS NOT NULL;
            CREATE INDEX interaction_deleted ON interaction (id) WHERE deleted != 0;
            DROP TRIGGER tally_on_contact;
            """ + SqliteTallies.TALLY_ON_CONTACT + """
            DROP TRIGGER tally_on_contact_delete;
            """ + SqliteTallies.TALLY_ON_CONTACT_DELETE + """
            DROP TRIGGER tally_on_contact_update;
            """ + SqliteTallies.TALLY_ON_CONTACT_UPDATE,
            // 6: what each calendar feed published last (issue 13), so that its next export can
            // give a changed event its next SEQUENCE and cancel the events whose items are gone.
            // A feed is named by the options that select its items; an event by its UID. The
            // customer is its id, not its number: an undone import or customer add deletes the
            // customer under the feed, whose next export then cancels its events; forget erases
            // them (unindexed: forget rewrites the whole file anyway, and an index would cost
            // every export of a large feed). The planner's own notes, like meta: not journaled.
            """
            CREATE TABLE feed_event (
                feed         TEXT NOT NULL,
                uid          TEXT NOT NULL,
                customer     TEXT NOT NULL,
                sequence     INTEGER NOT NULL,
                modified     TEXT NOT NULL,
                fingerprint  TEXT NOT NULL,
                day          TEXT NOT NULL,
                summary      TEXT NOT NULL,
                cancelled    TEXT,
                PRIMARY KEY (feed, uid)
            ) WITHOUT ROWID;
            """,
            // 7: finding customers (issue 13). Any word of the name or the company finds them,
            // ignoring case and accents ("muller" finds Jürgen Müller and Müller GmbH): a full-text
            // index of the two columns that reads its text from the customer table (external
            // content), kept by triggers on every write path (add, edit, import, merge, forget,
            // undo), so that a lookup reads the few customers it finds, not a million. Its tables
            // are derived, like the tallies: not journaled, and a bulk load builds it once at the
            // end. No column sizes (they serve ranking, which a lookup does not do: a third less
            // work to build); an index of one-letter prefixes, so that "m" does not merge the
            // entries of every word that starts with it (0.1-0.2 s for a million customers,
            // instant with it, for the same build time). Ids are found by their start ignoring
            // case, which the unique index (exact case) cannot serve.
            """
            CREATE VIRTUAL TABLE customer_words USING fts5(name, company, content='customer', content_rowid='customer_no',
                tokenize='unicode61 remove_diacritics 2', columnsize=0, prefix='1');
            INSERT INTO customer_words (customer_words) VALUES ('rebuild');
            """ + CUSTOMER_WORDS_ON_INSERT + """
            -- The index must be told the old text exactly as it indexed it; BINARY, as name is NOCASE.
            """ + CUSTOMER_WORDS_ON_UPDATE + CUSTOMER_WORDS_ON_DELETE + """
            CREATE INDEX customer_id_nocase ON customer (id COLLATE NOCASE);
            """);

    /**
     * Indexes that a bulk load into an empty table drops and builds again at its end: one sort
     * instead of a million inserts in random order. Each is the current definition; a test checks
     * them against the migrated schema.
     */
    static final java.util.Map<String, String> CUSTOMER_BULK_INDEXES = java.util.Map.of(
            "customer_name", "CREATE INDEX customer_name ON customer (name)",
            "customer_email", "CREATE INDEX customer_email ON customer (email)",
            "customer_next_due", "CREATE INDEX customer_next_due ON customer (next_due) WHERE next_due IS NOT NULL",
            "customer_id_nocase", "CREATE INDEX customer_id_nocase ON customer (id COLLATE NOCASE)");

    static final java.util.Map<String, String> INTERACTION_BULK_INDEXES = java.util.Map.of(
            "interaction_customer", "CREATE INDEX interaction_customer ON interaction (customer_no, channel, outcome, at) WHERE deleted = 0");

    /**
     * The triggers that keep the word index of migration 7: a bulk load or the undo of one drops
     * them and has the index built afresh from the customers ({@link #CUSTOMER_WORDS_REBUILD})
     * before it commits: one pass instead of a million single updates.
     */
    static final java.util.List<String> CUSTOMER_WORDS_TRIGGERS = java.util.List.of(CUSTOMER_WORDS_ON_INSERT,
            CUSTOMER_WORDS_ON_UPDATE, CUSTOMER_WORDS_ON_DELETE);
    static final String CUSTOMER_WORDS_REBUILD = "INSERT INTO customer_words (customer_words) VALUES ('rebuild')";
    /**
     * Merges the word index into one segment, leaving out what was deleted: a deleted customer's
     * words stay in the index's older segments until they are merged, and forget must leave no
     * trace of a name in the file.
     */
    static final String CUSTOMER_WORDS_OPTIMIZE = "INSERT INTO customer_words (customer_words) VALUES ('optimize')";

    /**
     * The anonymous counts that the contacts of customers erased by {@code customer forget} leave
     * in the activity and satisfaction tallies, kept as rows of {@code meta} (no schema change for
     * them): keyed {@code ["forgotten activity", day, channel, direction]} with {@code
     * {"contacts": n}}, and {@code ["forgotten satisfaction", month, tier, owner]} with {@code
     * {"responses": n, "total": t}}. Whatever counts the tallies from the history counts these too.
     */
    static final String FORGOTTEN_ACTIVITY_KEY = "forgotten activity";
    static final String FORGOTTEN_SATISFACTION_KEY = "forgotten satisfaction";
    static final String FORGOTTEN_ACTIVITY = "SELECT key ->> '$[1]' AS day, key ->> '$[2]' AS channel, key ->> '$[3]' AS direction,"
            + " value ->> '$.contacts' AS contacts FROM meta WHERE key LIKE '[\"" + FORGOTTEN_ACTIVITY_KEY + "\",%'";
    static final String FORGOTTEN_SATISFACTION = "SELECT key ->> '$[1]' AS month, key ->> '$[2]' AS tier, key ->> '$[3]' AS owner,"
            + " value ->> '$.responses' AS responses, value ->> '$.total' AS total FROM meta WHERE key LIKE '[\"" + FORGOTTEN_SATISFACTION_KEY + "\",%'";

    /**
     * The tables the journal does not record: counts kept by triggers from the recorded tables
     * (a reversed change moves them as the original did), the word index and the tables SQLite
     * keeps it in (its triggers follow the customers as they are changed back), the planner's own
     * notes (meta, and what the calendar feeds published: an undo changes what they must publish
     * next, not what they did), and the journal itself. Every other table is recorded;
     * SqliteJournalTest lists them, so that a new table is a decision.
     */
    static final java.util.Set<String> UNJOURNALED = java.util.Set.of("coverage_tally", "activity_tally", "satisfaction_tally",
            "customer_words", "customer_words_data", "customer_words_idx", "customer_words_config",
            "meta", "feed_event", "journal", "journal_change", "journal_bulk");

    /**
     * Columns the journal does not record because rapport derives them from the rest: a
     * customer's planned dates and whether it was ever reached. An update of only these is no
     * change to reverse; whoever reverses an entry derives them again (the planner, the contact
     * triggers).
     */
    static final java.util.Map<String, java.util.Set<String>> DERIVED_COLUMNS = java.util.Map.of(
            "customer", java.util.Set.of("plan", "next_due", "contacted"));

    /** What a row of each recorded table is, in the words of the journal's summaries; the rest by their table's name. */
    static final java.util.Map<String, String> RECORDS = java.util.Map.of("customer", "customer", "interaction", "contact",
            "obligation", "obligation", "snooze", "snooze", "complaint_event", "complaint event", "contact_plan", "plan");

    static int version() {
        return MIGRATIONS.size();
    }
}
