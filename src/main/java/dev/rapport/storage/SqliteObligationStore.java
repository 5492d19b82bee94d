package dev.rapport.storage;

import dev.rapport.app.ObligationStore;
import dev.rapport.domain.Channel;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The {@code obligation} table. Open obligations are indexed by due date and escalation date. */
final class SqliteObligationStore implements ObligationStore {

    private static final String COLUMNS = "o.id, c.id, o.type, o.channel, o.opened_at, o.due, o.note, o.source,"
            + " o.escalate_on, o.escalate_to, o.closed, o.closed_note";
    /** Where the customer's columns start when a query selects them after {@link #COLUMNS}. */
    private static final int CUSTOMER_FIRST_COLUMN = COLUMNS.split(",").length + 1;

    private final SqliteStorage db;

    SqliteObligationStore(SqliteStorage db) {
        this.db = db;
    }

    @Override
    public long insert(Obligation o) {
        return db.insert("open a " + o.type() + " for " + o.customerId(),
                "INSERT INTO obligation (customer_no, type, channel, opened_at, due, note, source, escalate_on, escalate_to, closed, closed_note)"
                        + " VALUES ((SELECT customer_no FROM customer WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                o.customerId(), o.type().key(), o.channel().name(), o.openedAt().toString(), o.due().toString(), o.note(),
                o.source(), o.escalation().map(e -> e.on().toString()), o.escalation().map(Obligation.Escalation::to),
                o.closed().map(LocalDate::toString), o.closedNote());
    }

    @Override
    public Optional<Obligation> find(long id) {
        return db.query("read obligation " + id, "SELECT " + COLUMNS + " FROM obligation o JOIN customer c"
                + " ON c.customer_no = o.customer_no WHERE o.id = ?", SqliteObligationStore::map, id).stream().findFirst();
    }

    @Override
    public void close(long id, LocalDate day, String why) {
        db.update("close obligation " + id, "UPDATE obligation SET closed = ?, closed_note = ? WHERE id = ? AND closed IS NULL",
                day.toString(), why, id);
    }

    @Override
    public List<Obligation> open(String customerId) {
        return db.query("read the obligations of " + customerId, "SELECT " + COLUMNS + " FROM obligation o JOIN customer c"
                + " ON c.customer_no = o.customer_no WHERE c.id = ? AND o.closed IS NULL ORDER BY o.opened_at, o.id",
                SqliteObligationStore::map, customerId);
    }

    @Override
    public List<Due> openBy(LocalDate until) {
        String day = until.toString();
        // Two indexed ranges: due by the horizon, or escalating by it.
        String sql = "SELECT " + COLUMNS + ", " + SqliteCustomerStore.COLUMNS_OF_C + " FROM obligation o"
                + " JOIN customer c ON c.customer_no = o.customer_no"
                + " WHERE o.id IN (SELECT id FROM obligation WHERE closed IS NULL AND due <= ?"
                + " UNION SELECT id FROM obligation WHERE closed IS NULL AND escalate_on IS NOT NULL AND escalate_on <= ?)";
        return db.query("read the open obligations", sql,
                rs -> new Due(SqliteCustomerStore.map(rs, CUSTOMER_FIRST_COLUMN), map(rs)), day, day);
    }

    static Obligation map(ResultSet rs) throws SQLException {
        long source = rs.getLong(8);
        Optional<Long> src = rs.wasNull() ? Optional.empty() : Optional.of(source);
        String escalateOn = rs.getString(9);
        Optional<Obligation.Escalation> escalation = escalateOn == null ? Optional.empty()
                : Optional.of(new Obligation.Escalation(dev.rapport.domain.IsoDate.parse(escalateOn), rs.getString(10) == null ? "" : rs.getString(10)));
        String closed = rs.getString(11);
        return new Obligation(rs.getLong(1), rs.getString(2), ObligationType.parse(rs.getString(3)), new Channel(rs.getString(4)),
                LocalDateTime.parse(rs.getString(5)), dev.rapport.domain.IsoDate.parse(rs.getString(6)), rs.getString(7), src, escalation,
                closed == null ? Optional.empty() : Optional.of(dev.rapport.domain.IsoDate.parse(closed)), rs.getString(12));
    }
}
