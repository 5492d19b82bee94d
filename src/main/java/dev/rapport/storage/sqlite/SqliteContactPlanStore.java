package dev.rapport.storage.sqlite;

import dev.rapport.storage.DamagedValueException;
import dev.rapport.storage.StoredRow;
import dev.rapport.app.ContactPlanStore;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactPlan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The {@code contact_plan} table; a plan for any channel has the channel {@code ''}. A plan that a
 * contact fulfilled keeps its row, marked with that contact ({@code fulfilled_by}), and is left out
 * of every read but {@link #all}.
 */
final class SqliteContactPlanStore implements ContactPlanStore {

    static final String COLUMNS = "c.id, p.channel, p.goal, p.materials, p.planned_on, p.set_at";
    private static final int CUSTOMER_FIRST_COLUMN = COLUMNS.split(",").length + 1;

    private final SqliteStatements db;

    SqliteContactPlanStore(SqliteStatements db) {
        this.db = db;
    }

    @Override
    public void put(ContactPlan plan) {
        db.update("plan the next contact with " + plan.customerId(),
                // An upsert, not INSERT OR REPLACE: a replaced row is deleted without its delete
                // trigger, and the journal would not know the plan it replaced.
                "INSERT INTO contact_plan (customer_no, channel, goal, materials, planned_on, set_at)"
                        + " VALUES ((SELECT customer_no FROM customer WHERE id = ?), ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (customer_no, channel) DO UPDATE SET goal = excluded.goal, materials = excluded.materials,"
                        + " planned_on = excluded.planned_on, set_at = excluded.set_at, fulfilled_by = NULL",
                plan.customerId(), channel(plan), plan.goal(), plan.materials(), plan.on().map(LocalDate::toString),
                plan.setAt().toString());
    }

    @Override
    public List<ContactPlan> of(String customerId) {
        return db.query("read the plans for " + customerId, "SELECT " + COLUMNS + " FROM contact_plan p"
                        + " JOIN customer c ON c.customer_no = p.customer_no WHERE c.id = ? AND p.fulfilled_by IS NULL ORDER BY p.channel",
                SqliteContactPlanStore::map, customerId);
    }

    @Override
    public List<Kept> all(String customerId) {
        return db.query("read the plans for " + customerId, "SELECT " + COLUMNS + ", p.fulfilled_by FROM contact_plan p"
                        + " JOIN customer c ON c.customer_no = p.customer_no WHERE c.id = ? ORDER BY p.channel",
                rs -> {
                    long by = rs.getLong(CUSTOMER_FIRST_COLUMN);
                    Optional<Long> fulfilledBy = rs.wasNull() ? Optional.empty() : Optional.of(by);
                    return new Kept(map(rs), fulfilledBy);
                }, customerId);
    }

    @Override
    public void fulfil(ContactPlan plan, Optional<Long> by) {
        db.update("mark the plan for " + plan.customerId(), "UPDATE contact_plan SET fulfilled_by = ?"
                + " WHERE customer_no = (SELECT customer_no FROM customer WHERE id = ?) AND channel = ?",
                by, plan.customerId(), channel(plan));
    }

    @Override
    public boolean remove(ContactPlan plan) {
        return db.update("remove the plan for " + plan.customerId(), "DELETE FROM contact_plan"
                + " WHERE customer_no = (SELECT customer_no FROM customer WHERE id = ?) AND channel = ? AND fulfilled_by IS NULL",
                plan.customerId(), channel(plan)) > 0;
    }

    @Override
    public List<Due> arrangedBy(LocalDate until) {
        return db.query("read the arranged contacts", "SELECT " + COLUMNS + ", " + SqliteCustomerStore.COLUMNS_OF_C
                        + " FROM contact_plan p JOIN customer c ON c.customer_no = p.customer_no"
                        + " WHERE p.planned_on IS NOT NULL AND p.planned_on <= ? AND p.fulfilled_by IS NULL",
                rs -> new Due(SqliteCustomerStore.map(rs, CUSTOMER_FIRST_COLUMN), map(rs)), until.toString());
    }

    @Override
    public boolean any() {
        return db.query("read the plans", "SELECT EXISTS (SELECT 1 FROM contact_plan WHERE fulfilled_by IS NULL)", rs -> rs.getInt(1) == 1).get(0);
    }

    private static String channel(ContactPlan plan) {
        return plan.channel().map(Channel::name).orElse("");
    }

    /** One row of {@link #COLUMNS}, one plan. */
    static ContactPlan map(ResultSet rs) throws SQLException {
        String customer = rs.getString(1);
        String channel = rs.getString(2);
        StoredRow row = new StoredRow(rs, "contact_plan", () -> "of customer " + customer
                + (channel == null || channel.isEmpty() ? "" : ", channel " + channel));
        Optional<Channel> on = channel == null || channel.isEmpty() ? Optional.empty()
                : Optional.of(row.value("channel", channel, Channel::new));
        String goal = rs.getString(3);
        String materials = rs.getString(4);
        Optional<LocalDate> day = row.optionalDate(5, "planned_on");
        LocalDateTime setAt = row.dateTime(6, "set_at");
        return row.build("goal", () -> goal, () -> new ContactPlan(customer, on, goal, materials, day, setAt));
    }
}
