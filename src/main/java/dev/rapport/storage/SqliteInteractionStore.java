package dev.rapport.storage;

import dev.rapport.app.InteractionStore;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.Direction;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.Outcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The {@code interaction} table: one row per logged contact. */
final class SqliteInteractionStore implements InteractionStore {

    static final String COLUMNS = "i.id, c.id, i.at, i.channel, i.direction, i.outcome, i.kind, i.note,"
            + " i.satisfaction, i.logged_by, i.answers";

    private final SqliteStorage db;

    SqliteInteractionStore(SqliteStorage db) {
        this.db = db;
    }

    @Override
    public long insert(Interaction i) {
        return db.insert("log a contact with " + i.customerId(),
                "INSERT INTO interaction (customer_no, at, channel, direction, outcome, kind, note, satisfaction, logged_by, answers)"
                        + " VALUES ((SELECT customer_no FROM customer WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                i.customerId(), i.at().toString(), i.channel().name(), i.direction().toString(), i.outcome().toString(),
                i.kind().toString(), i.note(), i.satisfaction(), i.loggedBy(), i.answers());
    }

    private static final String INSERT_BY_NUMBER =
            "INSERT INTO interaction (customer_no, at, channel, direction, outcome, kind, note, satisfaction, logged_by, answers)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Override
    public void insert(long customerNumber, Interaction i) {
        db.update("import a contact", INSERT_BY_NUMBER,
                customerNumber, i.at().toString(), i.channel().name(), i.direction().toString(), i.outcome().toString(),
                i.kind().toString(), i.note(), i.satisfaction(), i.loggedBy(), i.answers());
    }

    @Override
    public NewInteractions newInteractions() {
        boolean empty = db.query("count contacts", "SELECT NOT EXISTS (SELECT 1 FROM interaction)", rs -> rs.getInt(1) == 1).get(0);
        if (!empty) {
            return new NewInteractions() {
                @Override
                public boolean startedEmpty() {
                    return false;
                }

                @Override
                public void add(long customerNumber, Interaction interaction) {
                    insert(customerNumber, interaction);
                }

                @Override
                public void close() {
                }
            };
        }
        // Into an empty history: batched inserts, and the index built once at the end.
        db.dropIndexes(Schema.INTERACTION_BULK_INDEXES);
        db.suspendContactTallies();
        db.journalBulkInsert("interaction", 0);
        return new NewInteractions() {
            private int queued;

            @Override
            public boolean startedEmpty() {
                return true;
            }

            @Override
            public void add(long no, Interaction i) {
                try {
                    java.sql.PreparedStatement st = db.prepare(INSERT_BY_NUMBER);
                    int k = 1;
                    st.setLong(k++, no);
                    st.setString(k++, i.at().toString());
                    st.setString(k++, i.channel().name());
                    st.setString(k++, i.direction().toString());
                    st.setString(k++, i.outcome().toString());
                    st.setString(k++, i.kind().toString());
                    st.setString(k++, i.note());
                    if (i.satisfaction().isPresent()) {
                        st.setInt(k++, i.satisfaction().get());
                    } else {
                        st.setNull(k++, java.sql.Types.INTEGER);
                    }
                    st.setString(k++, i.loggedBy());
                    st.setNull(k, java.sql.Types.INTEGER);
                    st.addBatch();
                    if (++queued == 1000) {
                        flush();
                    }
                } catch (SQLException e) {
                    throw SqliteErrors.translate(e, db.name(), "import a contact");
                }
            }

            private void flush() throws SQLException {
                db.prepare(INSERT_BY_NUMBER).executeBatch();
                queued = 0;
            }

            @Override
            public void close() {
                try {
                    flush();
                } catch (SQLException e) {
                    throw SqliteErrors.translate(e, db.name(), "import contacts");
                }
                db.createIndexes(Schema.INTERACTION_BULK_INDEXES);
            }
        };
    }

    @Override
    public boolean exists(long customerNumber, Interaction i) {
        return !db.query("read the history", "SELECT 1 FROM interaction WHERE customer_no = ? AND at = ? AND channel = ?"
                        + " AND direction = ? AND outcome = ? AND kind = ? AND note = ? LIMIT 1", rs -> 1,
                customerNumber, i.at().toString(), i.channel().name(), i.direction().toString(), i.outcome().toString(),
                i.kind().toString(), i.note()).isEmpty();
    }

    @Override
    public Map<Channel, LocalDate> lastContacts(String customerId) {
        Map<Channel, LocalDate> last = new HashMap<>();
        db.each("read the history of " + customerId,
                // With max(), SQLite takes the bare id from the row of the latest contact: a damaged one is named.
                "SELECT channel, max(at), id FROM interaction WHERE customer_no = (SELECT customer_no FROM customer WHERE id = ?)"
                        + " AND outcome IN ('reached', 'sent', 'received') GROUP BY channel",
                rs -> {
                    long id = rs.getLong(3);
                    StoredRow row = new StoredRow(rs, "interaction", () -> id + " (customer " + customerId + ")");
                    last.put(row.read(1, "channel", Channel::new), row.day(2, "at"));
                },
                customerId);
        return last;
    }

    @Override
    public List<Interaction> after(String customerId, LocalDateTime at) {
        return db.query("read the history of " + customerId,
                "SELECT " + COLUMNS + " FROM interaction i JOIN customer c ON c.customer_no = i.customer_no"
                        + " WHERE c.id = ? AND i.at > ? ORDER BY i.at, i.id",
                SqliteInteractionStore::map, customerId, at.toString());
    }

    private static final String LATEST = "SELECT " + COLUMNS
            + " FROM interaction i JOIN customer c ON c.customer_no = i.customer_no WHERE c.id = ?";

    @Override
    public List<Interaction> latest(String customerId, Selection selection, int limit) {
        StringBuilder sql = new StringBuilder(LATEST);
        if (selection.kind().isPresent()) {
            sql.append(" AND i.kind = ?");
        }
        if (selection.rated()) {
            sql.append(" AND i.satisfaction IS NOT NULL");
        }
        sql.append(" ORDER BY i.at DESC, i.id DESC LIMIT ?");
        Object[] args = selection.kind().isPresent()
                ? new Object[] {customerId, selection.kind().get().toString(), limit}
                : new Object[] {customerId, limit};
        return db.query("read the history of " + customerId, sql.toString(), SqliteInteractionStore::map, args);
    }

    @Override
    public void forEach(Consumer<Interaction> sink) {
        db.each("read the history", "SELECT " + COLUMNS + " FROM interaction i JOIN customer c ON c.customer_no = i.customer_no"
                + " ORDER BY c.id, i.at, i.id", rs -> sink.accept(map(rs)));
    }

    @Override
    public long count() {
        return db.query("count contacts", "SELECT count(*) FROM interaction", rs -> rs.getLong(1)).get(0);
    }

    /** One row of {@link #COLUMNS}, one contact. */
    static Interaction map(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        String customer = rs.getString(2);
        StoredRow row = new StoredRow(rs, "interaction", () -> id + " (customer " + customer + ")");
        LocalDateTime at = row.dateTime(3, "at");
        Channel channel = row.read(4, "channel", Channel::new);
        Direction direction = row.read(5, "direction", Direction::parse);
        Outcome outcome = row.read(6, "outcome", Outcome::parse);
        ContactKind kind = row.read(7, "kind", ContactKind::parse);
        Optional<Integer> satisfaction = row.satisfaction(9, "satisfaction");
        Optional<Long> answers = row.optionalNumber(11, "answers");
        String note = rs.getString(8);
        String loggedBy = rs.getString(10);
        // The one rule of a whole contact: an outbound one is not received, an inbound one not sent.
        return row.build("outcome", () -> outcome.toString(), () -> new Interaction(id, customer, at, channel, direction,
                outcome, kind, note, satisfaction, loggedBy, answers));
    }
}
