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

    private static final String COLUMNS = "i.id, c.id, i.at, i.channel, i.direction, i.outcome, i.kind, i.note,"
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

    @Override
    public void insert(long customerNumber, Interaction i) {
        db.update("import a contact",
                "INSERT INTO interaction (customer_no, at, channel, direction, outcome, kind, note, satisfaction, logged_by, answers)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                customerNumber, i.at().toString(), i.channel().name(), i.direction().toString(), i.outcome().toString(),
                i.kind().toString(), i.note(), i.satisfaction(), i.loggedBy(), i.answers());
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
                "SELECT channel, max(at) FROM interaction WHERE customer_no = (SELECT customer_no FROM customer WHERE id = ?)"
                        + " AND outcome IN ('reached', 'sent', 'received') GROUP BY channel",
                rs -> last.put(new Channel(rs.getString(1)), LocalDate.parse(rs.getString(2).substring(0, 10))),
                customerId);
        return last;
    }

    @Override
    public List<Interaction> recent(String customerId, int limit) {
        return db.query("read the history of " + customerId,
                "SELECT " + COLUMNS + " FROM interaction i JOIN customer c ON c.customer_no = i.customer_no"
                        + " WHERE c.id = ? ORDER BY i.at DESC, i.id DESC LIMIT ?",
                SqliteInteractionStore::map, customerId, limit);
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

    static Interaction map(ResultSet rs) throws SQLException {
        int satisfaction = rs.getInt(9);
        Optional<Integer> s = rs.wasNull() ? Optional.empty() : Optional.of(satisfaction);
        long answers = rs.getLong(11);
        Optional<Long> a = rs.wasNull() ? Optional.empty() : Optional.of(answers);
        return new Interaction(rs.getLong(1), rs.getString(2), LocalDateTime.parse(rs.getString(3)),
                new Channel(rs.getString(4)), Direction.parse(rs.getString(5)), Outcome.parse(rs.getString(6)),
                ContactKind.parse(rs.getString(7)), rs.getString(8), s, rs.getString(10), a);
    }
}
