package dev.rapport.storage;

import java.util.List;

/**
 * The database schema as a list of forward migrations: migration {@code n} (counting from 1) takes
 * a database from {@code PRAGMA user_version = n - 1} to {@code n}. Released migrations are never
 * edited; a change is a new migration at the end.
 */
final class Schema {

    private Schema() {
    }

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
            """);

    /**
     * Indexes that a bulk load into an empty table drops and builds again at its end: one sort
     * instead of a million inserts in random order. Each is the current definition; a test checks
     * them against the migrated schema.
     */
    static final java.util.Map<String, String> CUSTOMER_BULK_INDEXES = java.util.Map.of(
            "customer_name", "CREATE INDEX customer_name ON customer (name)",
            "customer_email", "CREATE INDEX customer_email ON customer (email)",
            "customer_next_due", "CREATE INDEX customer_next_due ON customer (next_due) WHERE next_due IS NOT NULL");

    static final java.util.Map<String, String> INTERACTION_BULK_INDEXES = java.util.Map.of(
            "interaction_customer", "CREATE INDEX interaction_customer ON interaction (customer_no, channel, outcome, at)");

    static int version() {
        return MIGRATIONS.size();
    }
}
