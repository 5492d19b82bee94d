package dev.rapport.storage.sqlite;

import dev.rapport.storage.DamagedValueException;
import dev.rapport.storage.StoredRow;
import dev.rapport.app.FeedStore;
import dev.rapport.domain.FeedEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code feed_event} table. An export notes what it publishes in a temporary table of its own
 * connection, which takes no lock on the database, and replaces the feed's rows with it in one
 * short transaction at the end: a feed of any size, written to a slow reader, never keeps other
 * commands waiting.
 */
final class SqliteFeedStore implements FeedStore {

    private static final String COLUMNS = "uid, customer, sequence, modified, fingerprint, day, summary, cancelled";
    private static final String TEMP_COLUMNS = " (uid TEXT PRIMARY KEY, customer TEXT NOT NULL, sequence INTEGER NOT NULL,"
            + " modified TEXT NOT NULL, fingerprint TEXT NOT NULL, day TEXT NOT NULL, summary TEXT NOT NULL, cancelled TEXT) WITHOUT ROWID";

    private final SqliteStatements db;

    SqliteFeedStore(SqliteStatements db) {
        this.db = db;
    }

    @Override
    public Export begin(String feed) {
        try {
            // Two tables: the events left out are copied apart before they are read, so that
            // noting their cancellation never writes into what is being read.
            db.execute("CREATE TEMP TABLE IF NOT EXISTS feed_export" + TEMP_COLUMNS);
            db.execute("CREATE TEMP TABLE IF NOT EXISTS feed_left_out" + TEMP_COLUMNS);
            db.execute("DELETE FROM temp.feed_export");
            db.execute("DELETE FROM temp.feed_left_out");
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, db.name(), "start the calendar feed");
        }
        return new SqliteExport(feed);
    }

    private final class SqliteExport implements Export {

        private final String feed;

        SqliteExport(String feed) {
            this.feed = feed;
        }

        @Override
        public Optional<FeedEvent> last(String uid) {
            return db.query("read the calendar feed", "SELECT " + COLUMNS + " FROM feed_event WHERE feed = ? AND uid = ?",
                    SqliteFeedStore::map, feed, uid).stream().findFirst();
        }

        @Override
        public void note(FeedEvent e) {
            // Two items of one export with one UID would be one event to a calendar: the last one stands.
            db.update("note the calendar feed", "INSERT INTO temp.feed_export (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (uid) DO UPDATE SET customer = excluded.customer, sequence = excluded.sequence,"
                            + " modified = excluded.modified, fingerprint = excluded.fingerprint, day = excluded.day,"
                            + " summary = excluded.summary, cancelled = excluded.cancelled",
                    e.uid(), e.customerId(), e.sequence(), e.modified().toString(), e.fingerprint(), e.day().toString(), e.summary(),
                    e.cancelled().map(Instant::toString));
        }

        @Override
        public void eachLeftOut(Consumer<FeedEvent> sink) {
            db.update("read the calendar feed", "INSERT INTO temp.feed_left_out (" + COLUMNS + ") SELECT " + COLUMNS
                    + " FROM feed_event f WHERE f.feed = ? AND NOT EXISTS (SELECT 1 FROM temp.feed_export x WHERE x.uid = f.uid)", feed);
            db.each("read the calendar feed", "SELECT " + COLUMNS + " FROM temp.feed_left_out ORDER BY day, uid",
                    rs -> sink.accept(map(rs)));
            db.update("read the calendar feed", "DELETE FROM temp.feed_left_out");
        }

        @Override
        public boolean canSave() {
            return !db.readOnly();
        }

        @Override
        public void save() {
            // Upserted rather than deleted and inserted: an event of a customer that is gone stays
            // only while the feed still remembers it (an undone import: its cancellation), never
            // when forget erased it meanwhile. A row is written only for a new version (one
            // version, one content): a day without changes writes next to nothing.
            db.update("save the calendar feed", "INSERT INTO feed_event (feed, " + COLUMNS + ") SELECT ?1, " + COLUMNS
                    + " FROM temp.feed_export x WHERE EXISTS (SELECT 1 FROM customer c WHERE c.id = x.customer)"
                    + " OR EXISTS (SELECT 1 FROM feed_event f WHERE f.feed = ?1 AND f.uid = x.uid)"
                    + " ON CONFLICT (feed, uid) DO UPDATE SET customer = excluded.customer, sequence = excluded.sequence,"
                    + " modified = excluded.modified, fingerprint = excluded.fingerprint, day = excluded.day,"
                    + " summary = excluded.summary, cancelled = excluded.cancelled"
                    + " WHERE sequence != excluded.sequence OR customer != excluded.customer", feed);
            db.update("save the calendar feed", "DELETE FROM feed_event WHERE feed = ?"
                    + " AND uid NOT IN (SELECT uid FROM temp.feed_export)", feed);
        }

        @Override
        public void close() {
            try {
                db.execute("DELETE FROM temp.feed_export");
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, db.name(), "end the calendar feed");
            }
        }
    }

    private static FeedEvent map(ResultSet rs) throws SQLException {
        String uid = rs.getString(1);
        StoredRow row = new StoredRow(rs, "feed_event", () -> "uid " + uid);
        return new FeedEvent(uid, rs.getString(2), rs.getInt(3), row.read(4, "modified", Instant::parse), rs.getString(5),
                row.date(6, "day"), rs.getString(7), Optional.ofNullable(rs.getString(8)).map(t -> row.value("cancelled", t, Instant::parse)));
    }
}
