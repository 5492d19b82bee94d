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
            CREATE INDEX customer_owner ON customer (owner);
            CREATE INDEX customer_tier ON customer (tier);
            """);

    static int version() {
        return MIGRATIONS.size();
    }
}
