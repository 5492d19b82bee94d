package dev.rapport.storage.sqlite;

import dev.rapport.app.ComplaintStore;
import dev.rapport.domain.Complaint;
import dev.rapport.domain.ComplaintEvent;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationType;
import dev.rapport.storage.DamagedValueException;
import dev.rapport.storage.InList;
import dev.rapport.storage.StoredRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Complaints: the {@code resolve} rows of the obligation table with their latest follow-up and the
 * contact that closed it; and the {@code complaint_event} table, their recorded history.
 */
final class SqliteComplaintStore implements ComplaintStore {

    /** Which obligations are complaints, rendered from the domain: SELECT takes the parameters of the conditions each query adds. */
    private static final InList COMPLAINT = InList.of(List.of(ObligationType.RESOLVE));
    private static final String COLUMNS = SqliteObligationStore.columns("o");
    private static final String FOLLOW_UP_COLUMNS = SqliteObligationStore.columns("f");
    private static final int FOLLOW_UP_FIRST_COLUMN = COLUMNS.split(",").length + 1;
    private static final int SATISFACTION_COLUMN = 2 * (FOLLOW_UP_FIRST_COLUMN - 1) + 1;
    private static final String SELECT = "SELECT " + COLUMNS + ", " + FOLLOW_UP_COLUMNS + ", i.satisfaction, "
            + SqliteCustomerStore.COLUMNS_OF_C + " FROM obligation o JOIN customer c ON c.customer_no = o.customer_no"
            + " LEFT JOIN obligation f ON f.id = (SELECT max(id) FROM obligation WHERE complaint = o.id)"
            + " LEFT JOIN interaction i ON i.id = f.closed_by"
            + " WHERE o.type IN (" + COMPLAINT.literals() + ")";

    private final SqliteStatements db;

    SqliteComplaintStore(SqliteStatements db) {
        this.db = db;
    }

    @Override
    public Optional<Complaint> find(long id) {
        return db.query("read complaint " + id, SELECT + " AND o.id = ?", SqliteComplaintStore::map, id).stream().findFirst();
    }

    @Override
    public void list(Query query, Consumer<Complaint> sink) {
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT);
        query.customerId().ifPresent(id -> {
            sql.append(" AND c.id = ?");
            values.add(id);
        });
        query.owner().ifPresent(owner -> {
            sql.append(" AND c.owner = ?");
            values.add(owner);
        });
        sql.append(" ORDER BY o.opened_at DESC, o.id DESC");
        db.each("read the complaints", sql.toString(), rs -> sink.accept(map(rs)), values.toArray());
    }

    @Override
    public void record(long complaintId, ComplaintEvent event) {
        db.update("record the complaint's history", "INSERT INTO complaint_event (complaint, at, event, note, user) VALUES (?, ?, ?, ?, ?)",
                complaintId, event.at().toString(), event.event(), event.note(), event.user());
    }

    /** The first recorded event of a complaint at a time, with a name and a note. */
    private static final String ONE_EVENT = "(SELECT id FROM complaint_event WHERE complaint = ? AND at = ? AND event = ? AND note = ?"
            + " ORDER BY id LIMIT 1)";

    @Override
    public void rewrite(long complaintId, ComplaintEvent recorded, ComplaintEvent corrected) {
        db.update("correct the complaint's history", "UPDATE complaint_event SET at = ?, event = ?, note = ?, user = ? WHERE id = "
                        + ONE_EVENT, corrected.at().toString(), corrected.event(), corrected.note(), corrected.user(),
                complaintId, recorded.at().toString(), recorded.event(), recorded.note());
    }

    @Override
    public void remove(long complaintId, ComplaintEvent recorded) {
        db.update("correct the complaint's history", "DELETE FROM complaint_event WHERE id = " + ONE_EVENT,
                complaintId, recorded.at().toString(), recorded.event(), recorded.note());
    }

    @Override
    public void removeAll(long complaintId) {
        db.update("remove the complaint's history", "DELETE FROM complaint_event WHERE complaint = ?", complaintId);
    }

    @Override
    public List<ComplaintEvent> events(long complaintId) {
        return db.query("read the complaint's history", "SELECT " + EVENT_COLUMNS + " FROM complaint_event WHERE complaint = ?"
                + " ORDER BY at, id", SqliteComplaintStore::event, complaintId);
    }

    static final String EVENT_COLUMNS = "id, complaint, at, event, note, user";

    /** One row of {@link #EVENT_COLUMNS}, one event of a complaint's history. */
    static ComplaintEvent event(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        long complaint = rs.getLong(2);
        StoredRow row = new StoredRow(rs, "complaint_event", () -> id + " (complaint " + complaint + ")");
        return new ComplaintEvent(row.dateTime(3, "at"), rs.getString(4), rs.getString(5), rs.getString(6));
    }

    private static Complaint map(ResultSet rs) throws SQLException {
        Obligation resolve = SqliteObligationStore.map(rs, 1);
        rs.getLong(FOLLOW_UP_FIRST_COLUMN);
        Optional<Obligation> followUp = rs.wasNull() ? Optional.empty()
                : Optional.of(SqliteObligationStore.map(rs, FOLLOW_UP_FIRST_COLUMN));
        // The rating the follow-up's closing contact recorded.
        Optional<Integer> given = new StoredRow(rs, "interaction", () -> followUp.flatMap(Obligation::closedBy)
                .map(String::valueOf).orElse("?") + " (customer " + resolve.customerId() + ")")
                .satisfaction(SATISFACTION_COLUMN, "satisfaction");
        return new Complaint(SqliteCustomerStore.map(rs, SATISFACTION_COLUMN + 1), resolve, followUp, given);
    }
}
