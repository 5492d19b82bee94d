package dev.rapport.storage;

import dev.rapport.app.ReportStore;
import dev.rapport.domain.ActivityReport;
import dev.rapport.domain.Channel;
import dev.rapport.domain.CoverageReport;
import dev.rapport.domain.Direction;
import dev.rapport.domain.IsoDate;
import dev.rapport.domain.ReportGroup;
import dev.rapport.domain.SatisfactionReport;
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

    private static final String COUNTING = "('reached', 'sent', 'received')";

    private final SqliteStorage db;

    SqliteReportStore(SqliteStorage db) {
        this.db = db;
    }

    @Override
    public List<CoverageReport.Tally> coverage(ReportGroup by) {
        // Summed over the other grouping here: a tenth of the rows (of a hundred thousand) to
        // hand over. They share a few thousand dates, each read once.
        Map<String, Optional<LocalDate>> dates = new HashMap<>();
        dates.put("", Optional.empty());
        String group = by == ReportGroup.TIER ? "tier" : "owner";
        return db.query("read the coverage tally", "SELECT " + group + ", next_due, contacted, sum(customers)"
                        + " FROM coverage_tally WHERE customers != 0 GROUP BY 1, 2, 3",
                rs -> new CoverageReport.Tally(rs.getString(1), dates.computeIfAbsent(rs.getString(2), d -> Optional.of(IsoDate.parse(d))),
                        rs.getInt(3) != 0, rs.getLong(4)));
    }

    @Override
    public List<SatisfactionReport.Tally> satisfaction(YearMonth from, YearMonth to) {
        return db.query("read the satisfaction tally",
                "SELECT month, tier, owner, responses, total FROM satisfaction_tally WHERE month >= ? AND month <= ? AND responses != 0",
                rs -> new SatisfactionReport.Tally(YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getLong(5)),
                from.toString(), to.toString());
    }

    @Override
    public List<SatisfactionReport.Complaint> complaints(LocalDate from, LocalDate to) {
        // opened_at is a date and time: everything from the first day up to the day after the last.
        return db.query("read the complaints",
                "SELECT c.tier, c.owner, o.opened_at, o.due, o.closed, o.escalate_on FROM obligation o"
                        + " JOIN customer c ON c.customer_no = o.customer_no"
                        + " WHERE o.type = 'resolve' AND o.opened_at >= ? AND o.opened_at < ?",
                rs -> new SatisfactionReport.Complaint(rs.getString(1), rs.getString(2),
                        IsoDate.parse(rs.getString(3).substring(0, 10)), IsoDate.parse(rs.getString(4)),
                        date(rs.getString(5)), date(rs.getString(6))),
                from.toString(), to.plusDays(1).toString());
    }

    private static Optional<LocalDate> date(String text) {
        return text == null ? Optional.empty() : Optional.of(IsoDate.parse(text));
    }

    @Override
    public List<ActivityReport.Tally> activity(LocalDate from, LocalDate to, Optional<Channel> channel) {
        String sql = "SELECT day, channel, direction, contacts FROM activity_tally WHERE day >= ? AND day <= ? AND contacts != 0";
        Object[] args = channel.isPresent() ? new Object[] {from.toString(), to.toString(), channel.get().name()}
                : new Object[] {from.toString(), to.toString()};
        return db.query("read the activity tally", channel.isPresent() ? sql + " AND channel = ?" : sql,
                rs -> new ActivityReport.Tally(IsoDate.parse(rs.getString(1)), rs.getString(2), Direction.parse(rs.getString(3)),
                        rs.getLong(4)),
                args);
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
                + " AND i.outcome IN " + COUNTING + " AND i.deleted = 0), count(*)"
                + " FROM customer c WHERE c.status = 'active' GROUP BY 1, 2, 3, 4", rs -> sink.accept(coverageRow(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5))));
        db.each("recount the contacts", "SELECT substr(at, 1, 10), channel, direction, count(*) FROM interaction"
                + " WHERE deleted = 0 GROUP BY 1, 2, 3", rs -> sink.accept(activityRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4))));
        db.each("recount the satisfaction", "SELECT substr(at, 1, 7), count(*), sum(satisfaction) FROM interaction"
                + " WHERE satisfaction IS NOT NULL AND deleted = 0 GROUP BY 1", rs -> sink.accept(satisfactionRow(rs.getString(1),
                        rs.getLong(2), rs.getLong(3))));
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
