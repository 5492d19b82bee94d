package dev.rapport.storage.sqlite;

import dev.rapport.storage.DamagedValueException;
import dev.rapport.storage.StoredRow;
import dev.rapport.app.DamagedRow;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * For {@code rapport check}: every row of every table read through the mapper the stores read it
 * with, and each row whose values do not read reported, rather than the first one ending the
 * command. Rows are read in their tables' order; a row with several damaged values is reported
 * once, for the first.
 */
final class SqliteRowCheck {

    /** A table, the query that selects what its mapper reads, and the mapper. */
    private record Table(String name, String sql, SqliteStatements.RowMapper<?> mapper) {
    }

    private static final String OF_CUSTOMER = " JOIN customer c ON c.customer_no = ";

    private static final List<Table> TABLES = List.of(
            new Table("customer", "SELECT " + SqliteCustomerStore.COLUMNS_OF_C + ", c.plan, c.next_due FROM customer c"
                    + " ORDER BY c.customer_no", SqliteRowCheck::customer),
            new Table("interaction", "SELECT " + SqliteInteractionStore.COLUMNS + " FROM interaction i" + OF_CUSTOMER
                    + "i.customer_no ORDER BY i.id", SqliteInteractionStore::map),
            new Table("obligation", "SELECT " + SqliteObligationStore.COLUMNS + " FROM obligation o" + OF_CUSTOMER
                    + "o.customer_no ORDER BY o.id", SqliteObligationStore::map),
            new Table("snooze", "SELECT c.id, z.channel, z.until FROM snooze z" + OF_CUSTOMER + "z.customer_no ORDER BY c.id",
                    rs -> {
                        String id = rs.getString(1);
                        SqliteScheduleStore.readSnooze(new StoredRow(rs, "snooze", () -> "of customer " + id), 2, new HashMap<>());
                        return null;
                    }),
            new Table("contact_plan", "SELECT " + SqliteContactPlanStore.COLUMNS + " FROM contact_plan p" + OF_CUSTOMER
                    + "p.customer_no ORDER BY c.id, p.channel", SqliteContactPlanStore::map),
            new Table("complaint_event", "SELECT " + SqliteComplaintStore.EVENT_COLUMNS + " FROM complaint_event ORDER BY id",
                    SqliteComplaintStore::event),
            new Table("coverage_tally", "SELECT tier || ' owner=' || owner, next_due, contacted, customers FROM coverage_tally"
                    + " ORDER BY tier, owner, next_due", rs -> SqliteReportStore.coverage(rs, "tier", new HashMap<>())),
            new Table("activity_tally", "SELECT day, channel, direction, contacts FROM activity_tally ORDER BY day, channel, direction",
                    SqliteReportStore::activity),
            new Table("satisfaction_tally", "SELECT month, tier, owner, responses, total FROM satisfaction_tally"
                    + " ORDER BY month, tier, owner", SqliteReportStore::satisfaction));

    private SqliteRowCheck() {
    }

    static void damagedRows(SqliteStatements db, Consumer<DamagedRow> sink) {
        for (Table table : TABLES) {
            db.each("check the " + table.name() + " table", table.sql(), rs -> {
                try {
                    table.mapper().map(rs);
                } catch (DamagedValueException e) {
                    sink.accept(e.damage());
                }
            });
        }
    }

    /** A customer row as the agenda reads it: the customer, its plan and its earliest due date. */
    private static Object customer(java.sql.ResultSet rs) throws java.sql.SQLException {
        var customer = SqliteCustomerStore.map(rs, 1);
        StoredRow row = new StoredRow(rs, "customer", customer::id);
        int plan = SqliteCustomerStore.FIELD_COUNT + 2;
        SqliteScheduleStore.parsePlan(row, rs.getString(plan));
        return row.optionalDate(plan + 1, "next_due");
    }
}
