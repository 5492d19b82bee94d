package dev.rapport.storage.sqlite;

import dev.rapport.storage.DamagedValueException;
import dev.rapport.storage.StoredRow;
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

    static final String COLUMNS = columns("o");

    /** The columns {@link #map} reads, of the obligation table under {@code alias} joined to customer {@code c}. */
    static String columns(String alias) {
        return java.util.stream.Stream.of("id", "c.id", "type", "channel", "opened_at", "due", "note", "source", "escalate_on",
                "escalate_to", "closed", "closed_note", "closed_by", "complaint")
                .map(column -> column.contains(".") ? column : alias + "." + column)
                .collect(java.util.stream.Collectors.joining(", "));
    }
    /** Where the customer's columns start when a query selects them after {@link #COLUMNS}. */
    private static final int CUSTOMER_FIRST_COLUMN = COLUMNS.split(",").length + 1;

    private final SqliteStatements db;

    SqliteObligationStore(SqliteStatements db) {
        this.db = db;
    }

    @Override
    public long insert(Obligation o) {
        return insert(o, Optional.empty());
    }

    @Override
    public long insert(Obligation o, Optional<String> ref) {
        return db.insert("open a " + o.type() + " for " + o.customerId(),
                "INSERT INTO obligation (customer_no, type, channel, opened_at, due, note, source, escalate_on, escalate_to,"
                        + " closed, closed_note, closed_by, complaint, ref)"
                        + " VALUES ((SELECT customer_no FROM customer WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                o.customerId(), o.type().key(), o.channel().name(), o.openedAt().toString(), o.due().toString(), o.note(),
                o.source(), o.escalation().map(e -> e.on().toString()), o.escalation().map(Obligation.Escalation::to),
                o.closed().map(LocalDate::toString), o.closedNote(), o.closedBy(), o.complaint(), ref);
    }

    @Override
    public Optional<Obligation> findByRef(String ref) {
        return db.query("read obligation " + ref, "SELECT " + COLUMNS + " FROM obligation o JOIN customer c"
                + " ON c.customer_no = o.customer_no WHERE o.ref = ?", SqliteObligationStore::map, ref).stream().findFirst();
    }

    @Override
    public void reopen(Obligation o) {
        db.update("reopen obligation " + o.id(), "UPDATE obligation SET due = ?, escalate_on = ?, escalate_to = ?, closed = NULL,"
                        + " closed_note = '', closed_by = NULL WHERE id = ?",
                o.due().toString(), o.escalation().map(e -> e.on().toString()), o.escalation().map(Obligation.Escalation::to), o.id());
    }

    @Override
    public void escalate(long id, Obligation.Escalation escalation) {
        db.update("escalate obligation " + id, "UPDATE obligation SET escalate_on = ?, escalate_to = ? WHERE id = ?",
                escalation.on().toString(), escalation.to(), id);
    }

    @Override
    public Optional<Obligation> followUpOf(long complaintId) {
        return db.query("read the follow-up of complaint " + complaintId, "SELECT " + COLUMNS + " FROM obligation o JOIN customer c"
                + " ON c.customer_no = o.customer_no WHERE o.complaint = ? ORDER BY o.id DESC LIMIT 1",
                SqliteObligationStore::map, complaintId).stream().findFirst();
    }

    @Override
    public List<String> escalationTargets() {
        return db.query("list whom obligations escalate to", "SELECT DISTINCT escalate_to FROM obligation"
                + " WHERE closed IS NULL AND escalate_to IS NOT NULL AND escalate_to <> '' ORDER BY 1", rs -> rs.getString(1));
    }

    @Override
    public Optional<Obligation> find(long id) {
        return db.query("read obligation " + id, "SELECT " + COLUMNS + " FROM obligation o JOIN customer c"
                + " ON c.customer_no = o.customer_no WHERE o.id = ?", SqliteObligationStore::map, id).stream().findFirst();
    }

    @Override
    public void close(long id, LocalDate day, String why, Optional<Long> by) {
        db.update("close obligation " + id, "UPDATE obligation SET closed = ?, closed_note = ?, closed_by = ? WHERE id = ? AND closed IS NULL",
                day.toString(), why, by, id);
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

    @Override
    public List<Obligation> of(String customerId) {
        return db.query("read the obligations of " + customerId, "SELECT " + COLUMNS + " FROM obligation o JOIN customer c"
                + " ON c.customer_no = o.customer_no WHERE c.id = ? ORDER BY o.opened_at, o.id", SqliteObligationStore::map, customerId);
    }

    @Override
    public List<Obligation> openedBy(long contactId) {
        return db.query("read what contact #" + contactId + " opened", "SELECT " + COLUMNS + " FROM obligation o JOIN customer c"
                + " ON c.customer_no = o.customer_no WHERE o.source = ? ORDER BY o.opened_at, o.id", SqliteObligationStore::map, contactId);
    }

    @Override
    public List<Obligation> followUpsOf(long complaintId) {
        return db.query("read the follow-ups of complaint " + complaintId, "SELECT " + COLUMNS + " FROM obligation o JOIN customer c"
                + " ON c.customer_no = o.customer_no WHERE o.complaint = ? ORDER BY o.id", SqliteObligationStore::map, complaintId);
    }

    @Override
    public void update(Obligation o) {
        db.update("correct obligation " + o.id(), "UPDATE obligation SET customer_no = (SELECT customer_no FROM customer WHERE id = ?),"
                        + " channel = ?, opened_at = ?, due = ?, note = ?, escalate_on = ?, escalate_to = ?, closed = ?, closed_note = ?,"
                        + " closed_by = ? WHERE id = ?",
                o.customerId(), o.channel().name(), o.openedAt().toString(), o.due().toString(), o.note(),
                o.escalation().map(e -> e.on().toString()), o.escalation().map(Obligation.Escalation::to),
                o.closed().map(LocalDate::toString), o.closedNote(), o.closedBy(), o.id());
    }

    @Override
    public void delete(long id) {
        db.update("delete obligation " + id, "DELETE FROM obligation WHERE id = ?", id);
    }

    static Obligation map(ResultSet rs) throws SQLException {
        return map(rs, 1);
    }

    /** The obligation whose {@link #columns} start at column {@code first}. */
    static Obligation map(ResultSet rs, int first) throws SQLException {
        int k = first - 1;
        long id = rs.getLong(k + 1);
        String customer = rs.getString(k + 2);
        StoredRow row = new StoredRow(rs, "obligation", () -> id + " (customer " + customer + ")");
        Optional<LocalDate> escalateOn = row.optionalDate(k + 9, "escalate_on");
        String escalateTo = rs.getString(k + 10);
        Optional<Obligation.Escalation> escalation = escalateOn.map(on -> new Obligation.Escalation(on, escalateTo == null ? "" : escalateTo));
        return new Obligation(id, customer, row.read(k + 3, "type", ObligationType::parse),
                row.read(k + 4, "channel", Channel::new), row.dateTime(k + 5, "opened_at"), row.date(k + 6, "due"),
                rs.getString(k + 7), row.optionalNumber(k + 8, "source"), escalation,
                row.optionalDate(k + 11, "closed"), rs.getString(k + 12),
                row.optionalNumber(k + 13, "closed_by"), row.optionalNumber(k + 14, "complaint"));
    }
}
