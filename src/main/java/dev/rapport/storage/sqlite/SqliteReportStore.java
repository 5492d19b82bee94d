package dev.rapport.storage.sqlite;

import dev.rapport.app.ReportStore;
import dev.rapport.domain.ActivityReport;
import dev.rapport.domain.Channel;
import dev.rapport.domain.CoverageReport;
import dev.rapport.domain.Direction;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Outcome;
import dev.rapport.domain.ReportGroup;
import dev.rapport.domain.SatisfactionReport;
import dev.rapport.storage.DamagedValueException;
import dev.rapport.storage.InList;
import dev.rapport.storage.StoredRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The tallies of schema 3 ({@code coverage_tally}, {@code activity_tally},
 * {@code satisfaction_tally}), which triggers keep current on every write, and the complaints
 * (obligations of type {@code resolve}). Only {@link #recountedTallies} reads the customers and
 * their contacts, for {@code rapport check}.
 */
final class SqliteReportStore implements ReportStore {

    /** The contacts that restart a clock, bound as parameters: the rule stays in {@link Outcome#restartsClock}. */
    private static final InList CLOCK_RESTARTING = InList.of(Outcome.clockRestarting());

    private final SqliteStatements db;

    SqliteReportStore(SqliteStatements db) {
        this.db = db;
    }

    @Override
    public List<CoverageReport.Tally> coverage(ReportGroup by) {
        // Summed over the other grouping here: a tenth of the rows (of a hundred thousand) to
        // hand over. They share a few thousand dates, each read once.
        Map<String, Optional<LocalDate>> dates = new HashMap<>();
        String group = by == ReportGroup.TIER ? "tier" : "owner";
        return db.query("read the coverage tally", "SELECT " + group + ", next_due, contacted, sum(customers)"
                        + " FROM coverage_tally WHERE customers != 0 GROUP BY 1, 2, 3",
                rs -> coverage(rs, group, dates));
    }

    /** A row of the coverage tally, summed over the other grouping. */
    static CoverageReport.Tally coverage(ResultSet rs, String group, Map<String, Optional<LocalDate>> dates) throws SQLException {
        String key = rs.getString(1);
        String nextDue = rs.getString(2);
        StoredRow row = new StoredRow(rs, "coverage_tally", () -> group + "=" + key + " next_due=" + nextDue);
        Optional<LocalDate> due = dates.get(nextDue);
        if (due == null) {
            // '' is a customer with nothing planned.
            due = "".equals(nextDue) ? Optional.empty() : Optional.of(row.date("next_due", nextDue));
            dates.put(nextDue, due);
        }
        return new CoverageReport.Tally(key, due, row.number(3, "contacted") != 0, row.number(4, "customers"));
    }

    @Override
    public List<SatisfactionReport.Tally> satisfaction(YearMonth from, YearMonth to) {
        return db.query("read the satisfaction tally",
                "SELECT month, tier, owner, responses, total FROM satisfaction_tally WHERE month >= ? AND month <= ? AND responses != 0",
                SqliteReportStore::satisfaction, from.toString(), to.toString());
    }

    static SatisfactionReport.Tally satisfaction(ResultSet rs) throws SQLException {
        String month = rs.getString(1);
        String tier = rs.getString(2);
        String owner = rs.getString(3);
        StoredRow row = new StoredRow(rs, "satisfaction_tally", () -> "month=" + month + " tier=" + tier + " owner=" + owner);
        return new SatisfactionReport.Tally(row.month("month", month), tier, owner,
                row.number(4, "responses"), row.number(5, "total"));
    }

    @Override
    public List<SatisfactionReport.Complaint> complaints(LocalDate from, LocalDate to) {
        // opened_at is a date and time, "2026-11-23T09:00": every one of the last day sorts before
        // that day followed by 'U', the letter after 'T' (the day after would be year 10000 at the
        // end of the calendar, and "+10000-01-01" sorts before every date).
        return db.query("read the complaints",
                "SELECT c.tier, c.owner, o.opened_at, o.due, o.closed, o.escalate_on, o.id, c.id FROM obligation o"
                        + " JOIN customer c ON c.customer_no = o.customer_no"
                        + " WHERE o.type = ? AND o.opened_at >= ? AND o.opened_at < ?",
                SqliteReportStore::complaint, ObligationType.RESOLVE.key(), from.toString(), to + "U");
    }

    private static SatisfactionReport.Complaint complaint(ResultSet rs) throws SQLException {
        long id = rs.getLong(7);
        String customer = rs.getString(8);
        StoredRow row = new StoredRow(rs, "obligation", () -> id + " (customer " + customer + ")");
        return new SatisfactionReport.Complaint(rs.getString(1), rs.getString(2), row.day(3, "opened_at"), row.date(4, "due"),
                row.optionalDate(5, "closed"), row.optionalDate(6, "escalate_on"));
    }

    @Override
    public List<ActivityReport.Tally> activity(LocalDate from, LocalDate to, Optional<Channel> channel) {
        String sql = "SELECT day, channel, direction, contacts FROM activity_tally WHERE day >= ? AND day <= ? AND contacts != 0";
        Object[] args = channel.isPresent() ? new Object[] {from.toString(), to.toString(), channel.get().name()}
                : new Object[] {from.toString(), to.toString()};
        return db.query("read the activity tally", channel.isPresent() ? sql + " AND channel = ?" : sql,
                SqliteReportStore::activity, args);
    }

    static ActivityReport.Tally activity(ResultSet rs) throws SQLException {
        String day = rs.getString(1);
        String channel = rs.getString(2);
        String direction = rs.getString(3);
        StoredRow row = new StoredRow(rs, "activity_tally", () -> "day=" + day + " channel=" + channel + " direction=" + direction);
        return new ActivityReport.Tally(row.date("day", day), channel, row.value("direction", direction, Direction::parse),
                row.number(4, "contacts"));
    }

    @Override
    public void storedTallies(Consumer<TallyRow> sink) {
        db.each("read the coverage tally", "SELECT tier, owner, next_due, contacted, customers FROM coverage_tally"
                + " WHERE customers != 0 ORDER BY tier, owner, next_due, contacted", rs -> sink.accept(coverageRow(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5))));
        db.each("read the activity tally", "SELECT day, channel, direction, contacts FROM activity_tally"
                + " WHERE contacts != 0 ORDER BY day, channel, direction", rs -> sink.accept(activityRow(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))));
        db.each("read the satisfaction tally", "SELECT month, sum(responses), sum(total) FROM satisfaction_tally"
                + " GROUP BY month HAVING sum(responses) != 0 OR sum(total) != 0 ORDER BY month", rs -> sink.accept(
                        satisfactionRow(rs.getString(1), rs.getLong(2), rs.getLong(3))));
    }

    @Override
    public void recountedTallies(Consumer<TallyRow> sink) {
        db.each("recount the active customers", "SELECT c.tier, c.owner, coalesce(c.next_due, ''),"
                + " c.last_contacted != '' OR EXISTS (SELECT 1 FROM interaction i WHERE i.customer_no = c.customer_no"
                + " AND i.outcome IN (" + CLOCK_RESTARTING.marks() + ") AND i.deleted = 0), count(*)"
                + " FROM customer c WHERE c.status = 'active' GROUP BY 1, 2, 3, 4", rs -> sink.accept(coverageRow(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5))),
                CLOCK_RESTARTING.values().toArray());
        // As a bulk load counts it, with the anonymous counts that forgotten customers' contacts left.
        db.each("recount the contacts", SqliteTallies.ACTIVITY_COUNT, rs -> sink.accept(activityRow(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getLong(4))));
        db.each("recount the satisfaction", "SELECT month, sum(responses), sum(total) FROM (SELECT substr(at, 1, 7) AS month,"
                + " count(*) AS responses, sum(satisfaction) AS total FROM interaction WHERE satisfaction IS NOT NULL AND deleted = 0 GROUP BY 1"
                + " UNION ALL SELECT month, responses, total FROM (" + Schema.FORGOTTEN_SATISFACTION + ")) GROUP BY 1",
                rs -> sink.accept(satisfactionRow(rs.getString(1), rs.getLong(2), rs.getLong(3))));
    }

    private static TallyRow coverageRow(String tier, String owner, String nextDue, int contacted, long customers) {
        return new TallyRow("coverage", "tier=" + tier + " owner=" + owner + " next_due=" + nextDue + " contacted=" + contacted,
                "customers=" + customers);
    }

    private static TallyRow activityRow(String day, String channel, String direction, long contacts) {
        return new TallyRow("activity", "day=" + day + " channel=" + channel + " direction=" + direction, "contacts=" + contacts);
    }

    private static TallyRow satisfactionRow(String month, long responses, long total) {
        return new TallyRow("satisfaction", "month=" + month, "responses=" + responses + " total=" + total);
    }
}
