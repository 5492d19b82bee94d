package dev.rapport.storage.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code src/test/resources/schemas/v<N>.sql}: a database at schema version N, made by
 * running the first N migrations of {@link Schema#MIGRATIONS} (released migrations never change)
 * and adding the sample rows below, dumped as SQL. Run by {@code scripts/schema-fixtures.sh} when
 * a migration is released; the files are committed, so that upgrade tests keep a database of each
 * released version even after the code that wrote it is gone.
 */
public final class SchemaFixtures {

    private SchemaFixtures() {
    }

    /** Sample data that each version's schema can hold; a later version adds to what earlier ones wrote. */
    static final List<String> SAMPLES = List.of(
            // version 1: customers only
            """
            INSERT INTO customer (id, name, company, email, phone, city, country, tier, owner, preferred_days, preferred_hours,
                tags, needs, notes, status, since, cadence, last_contacted)
            VALUES ('C0001', 'Jürgen Müller', 'Müller GmbH', 'juergen@mueller.example', '+49 30 1234567', 'Berlin', 'DE',
                'key', 'anna', 'Tue,Thu', '09:00-12:00', 'vip;berlin', 'fast delivery', 'likes "short" calls, it''s fine',
                'active', '2025-02-01', 'call=2 weeks', 'call=2026-10-01');
            INSERT INTO customer (id, name, company, email, tier, owner, status, since)
            VALUES ('C0002', '王小明', '北京贸易', 'wang@example.cn', 'major', 'bernd', 'active', '2025-06-15');
            INSERT INTO customer (id, name, email, tier, status, since, notes)
            VALUES ('C0003', 'Maria Santos', 'maria@example.ph', 'small', 'paused', '2024-11-30', 'line one
            line two');
            """,
            // version 2: contacts, obligations, snoozes
            """
            INSERT INTO customer (id, name, email, tier, owner, status, since)
            VALUES ('C0004', 'Ada Lovelace', 'ada@example.org', 'ordinary', 'anna', 'active', '2026-01-05');
            INSERT INTO interaction (customer_no, at, channel, direction, outcome, kind, note, satisfaction, logged_by)
            VALUES ((SELECT customer_no FROM customer WHERE id = 'C0001'), '2026-11-02T10:15', 'call', 'out', 'reached',
                'routine', 'quarterly check-in', 4, 'anna');
            INSERT INTO interaction (customer_no, at, channel, direction, outcome, kind, note, logged_by)
            VALUES ((SELECT customer_no FROM customer WHERE id = 'C0002'), '2026-11-10T09:00', 'email', 'in', 'received',
                'complaint', 'late delivery', 'bernd');
            INSERT INTO obligation (customer_no, type, channel, opened_at, due, note, source)
            VALUES ((SELECT customer_no FROM customer WHERE id = 'C0002'), 'acknowledge', 'email', '2026-11-10', '2026-11-10',
                '', (SELECT max(id) FROM interaction));
            INSERT INTO obligation (customer_no, type, channel, opened_at, due, note, source, escalate_on, escalate_to)
            VALUES ((SELECT customer_no FROM customer WHERE id = 'C0002'), 'resolve', 'email', '2026-11-10', '2026-11-17',
                'late delivery', (SELECT max(id) FROM interaction), '2026-11-13', 'manager');
            UPDATE obligation SET closed = '2026-11-10', closed_note = 'sent' WHERE type = 'acknowledge';
            INSERT INTO snooze (customer_no, channel, until)
            VALUES ((SELECT customer_no FROM customer WHERE id = 'C0004'), '*', '2026-12-01');
            """,
            // version 3: a complaint's history, its follow-up closed by a rated contact, a ticket
            // key, a goal for the next contact; the tallies as the triggers keep them
            """
            INSERT INTO interaction (customer_no, at, channel, direction, outcome, kind, note, satisfaction, logged_by)
            VALUES ((SELECT customer_no FROM customer WHERE id = 'C0002'), '2026-11-20T11:00', 'call', 'out', 'reached',
                'follow-up', 'all fine now', 5, 'bernd');
            UPDATE obligation SET closed = '2026-11-12', closed_note = 'replacement sent', ref = 'ticket:4711'
                WHERE type = 'resolve';
            INSERT INTO obligation (customer_no, type, channel, opened_at, due, note, source, closed, closed_note, closed_by, complaint)
            VALUES ((SELECT customer_no FROM customer WHERE id = 'C0002'), 'follow-up', 'call', '2026-11-12T15:00', '2026-11-19',
                'confirm the customer is satisfied', 2, '2026-11-20', 'followed up by call, satisfaction 5',
                (SELECT max(id) FROM interaction), (SELECT id FROM obligation WHERE type = 'resolve'));
            INSERT INTO complaint_event (complaint, at, event, note)
            VALUES ((SELECT id FROM obligation WHERE type = 'resolve'), '2026-11-10T09:00', 'opened', 'in email: late delivery');
            INSERT INTO complaint_event (complaint, at, event, note)
            VALUES ((SELECT id FROM obligation WHERE type = 'resolve'), '2026-11-12T15:00', 'resolved', 'replacement sent');
            INSERT INTO contact_plan (customer_no, channel, goal, materials, planned_on, set_at)
            VALUES ((SELECT customer_no FROM customer WHERE id = 'C0001'), 'visit', 'Win the 2027 frame contract', 'price list',
                '2026-12-03', '2026-11-21T08:30');
            """,
            // version 4: who acted on the complaint, and a journal with one change to undo: a
            // snooze, with its reversing statement as the journal's triggers write it
            """
            UPDATE complaint_event SET user = 'bernd';
            INSERT INTO journal (at, user, command, summary, schema_version)
            VALUES ('2026-11-22T16:05', 'anna', 'rapport snooze C0003 --until 2026-12-15', 'snooze=1', 4);
            INSERT INTO snooze (customer_no, channel, until)
            VALUES ((SELECT customer_no FROM customer WHERE id = 'C0003'), '*', '2026-12-15');
            INSERT INTO journal_change (entry, table_name, customer_no, undo)
            VALUES ((SELECT max(id) FROM journal), 'snooze', (SELECT customer_no FROM customer WHERE id = 'C0003'),
                'DELETE FROM "snooze" WHERE "customer_no" = ' || (SELECT customer_no FROM customer WHERE id = 'C0003')
                || ' AND "channel" = ''*''');
            """,
            // version 5: a contact deleted by mistake (kept, marked) and a goal of the next contact
            // that a contact fulfilled, kept with it
            """
            INSERT INTO interaction (customer_no, at, channel, direction, outcome, kind, note, logged_by)
            VALUES ((SELECT customer_no FROM customer WHERE id = 'C0004'), '2026-11-21T14:00', 'call', 'out', 'reached',
                'routine', 'logged for the wrong customer', 'anna');
            UPDATE interaction SET deleted = 1 WHERE note = 'logged for the wrong customer';
            INSERT INTO interaction (customer_no, at, channel, direction, outcome, kind, note, logged_by)
            VALUES ((SELECT customer_no FROM customer WHERE id = 'C0001'), '2026-11-22T10:00', 'visit', 'out', 'reached',
                'sale', 'frame contract signed', 'anna');
            UPDATE contact_plan SET fulfilled_by = (SELECT max(id) FROM interaction)
                WHERE customer_no = (SELECT customer_no FROM customer WHERE id = 'C0001');
            """,
            // version 6: a calendar feed that published one event of C0001
            """
            INSERT INTO feed_event (feed, uid, customer, sequence, modified, fingerprint, day, summary, cancelled)
            VALUES ('agenda --days 30', 'C0001-cadence-call@rapport', 'C0001', 0, '20261122T100000Z', 'f1', '2026-11-25',
                'call Jürgen Müller (Müller GmbH) [rapport]', NULL);
            """,
            // version 7: the word index, built by the migration from the customers above; a
            // customer added and one renamed after it, through its triggers
            """
            INSERT INTO customer (id, name, company, email, tier, owner, status, since)
            VALUES ('C0005', 'François Lefèvre', 'Lefèvre & Fils', 'francois@lefevre.example', 'ordinary', 'anna', 'active',
                '2026-11-01');
            UPDATE customer SET company = 'Santos Trading' WHERE id = 'C0003';
            """);

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/schemas");
        Files.createDirectories(dir);
        for (int version = 1; version <= Math.min(Schema.version(), SAMPLES.size()); version++) {
            Files.writeString(dir.resolve("v" + version + ".sql"), dump(version));
            System.out.println("wrote " + dir.resolve("v" + version + ".sql"));
        }
    }

    /** The SQL text of a database at {@code version}, with the samples of every version up to it. */
    static String dump(int version) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = c.createStatement()) {
            for (int v = 1; v <= version; v++) {
                run(st, Schema.MIGRATIONS.get(v - 1));
                run(st, SAMPLES.get(v - 1));
            }
            StringBuilder sql = new StringBuilder("-- rapport database at schema version " + version
                    + ", written by scripts/schema-fixtures.sh; do not edit\n");
            List<String> tables = new ArrayList<>();
            List<String> indexes = new ArrayList<>();
            // A virtual table (the word index of version 7) makes its shadow tables itself when it
            // is created, with a few rows of their own; its content is theirs.
            java.util.Set<String> shadows = tablesOfType(st, "shadow");
            java.util.Set<String> virtual = tablesOfType(st, "virtual");
            try (ResultSet rs = st.executeQuery("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY rowid")) {
                while (rs.next()) {
                    if (rs.getString(1).equals("table")) {
                        if (!virtual.contains(rs.getString(2))) {
                            tables.add(rs.getString(2));
                        }
                        if (!shadows.contains(rs.getString(2))) {
                            sql.append(rs.getString(3)).append(";\n");
                        }
                    } else {
                        indexes.add(rs.getString(3));
                    }
                }
            }
            for (String table : tables) {
                String insert = shadows.contains(table) ? "INSERT OR REPLACE INTO " : "INSERT INTO ";
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid")) {
                    while (rs.next()) {
                        columns.add("quote(" + rs.getString(1) + ")");
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT " + String.join(" || ',' || ", columns) + " FROM " + table
                        + " ORDER BY rowid")) {
                    while (rs.next()) {
                        sql.append(insert).append(table).append(" VALUES(").append(rs.getString(1)).append(");\n");
                    }
                } catch (SQLException withoutRowid) {
                    try (ResultSet rs = st.executeQuery("SELECT " + String.join(" || ',' || ", columns) + " FROM " + table)) {
                        while (rs.next()) {
                            sql.append(insert).append(table).append(" VALUES(").append(rs.getString(1)).append(");\n");
                        }
                    }
                }
            }
            for (String index : indexes) {
                sql.append(index).append(";\n");
            }
            sql.append("PRAGMA user_version = ").append(version).append(";\n");
            return sql.toString();
        }
    }

    /** The tables of this type (virtual, shadow, …) as PRAGMA table_list gives them. */
    private static java.util.Set<String> tablesOfType(Statement st, String type) throws SQLException {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (ResultSet rs = st.executeQuery("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = '" + type + "'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void run(Statement st, String script) throws SQLException {
        for (String s : Migrator.statements(script)) {
            st.execute(s);
        }
    }

    /** A database file at {@code version}, from the committed fixture. */
    public static void loadFixture(int version, Path file) throws IOException, SQLException {
        try (java.io.InputStream in = SchemaFixtures.class.getResourceAsStream("/schemas/v" + version + ".sql")) {
            load(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), file);
        }
    }

    /** Loads a dump into a new database file, owner-only, as rapport would have left it. */
    static void load(String dump, Path file) throws IOException, SQLException {
        PrivateFiles.createFile(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            String sql = dump.lines().filter(l -> !l.startsWith("-- ")).collect(java.util.stream.Collectors.joining("\n"));
            for (String s : Migrator.statements(sql)) {
                st.execute(s);
            }
        }
    }
}
