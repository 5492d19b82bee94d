package dev.rapport.storage.sqlite;

import dev.rapport.storage.DamagedValueException;
import dev.rapport.storage.InList;
import dev.rapport.storage.StoredRow;
import dev.rapport.app.ScheduleStore;
import dev.rapport.domain.Channel;
import dev.rapport.domain.NextContact;
import dev.rapport.domain.Outcome;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * The plan of each customer, kept in its row: {@code plan} holds the due date per channel
 * ({@code call=2026-12-01;visit=2027-03-01}) and {@code next_due}, indexed, the earliest of them.
 * Also the {@code snooze} and {@code meta} tables.
 */
final class SqliteScheduleStore implements ScheduleStore {

    private static final String CUSTOMER_NO = "(SELECT customer_no FROM customer WHERE id = ?)";
    /** The contacts that restart a clock, bound as parameters: the rule stays in {@link Outcome#restartsClock}. */
    private static final InList CLOCK_RESTARTING = InList.of(Outcome.clockRestarting());
    /**
     * Each customer's latest contact that restarts a clock, per channel, in customer order. With
     * max(), SQLite takes the bare id from the row of the latest contact: a damaged one is named.
     */
    private static final String LATEST_COUNTING = "SELECT customer_no, channel, max(at), id FROM interaction"
            + " WHERE outcome IN (" + CLOCK_RESTARTING.marks() + ") AND deleted = 0 GROUP BY customer_no, channel ORDER BY customer_no";

    private final SqliteStatements db;
    private final SqliteTransactions transactions;

    SqliteScheduleStore(SqliteStatements db, SqliteTransactions transactions) {
        this.db = db;
        this.transactions = transactions;
    }

    /** The plan column's text. */
    static String planText(List<NextContact> next) {
        StringBuilder sb = new StringBuilder();
        for (NextContact n : next) {
            sb.append(sb.length() == 0 ? "" : ";").append(n.channel().name()).append('=').append(n.due());
        }
        return sb.toString();
    }

    /** The next_due column: the earliest date of the plan, or null when nothing is planned. */
    static String nextDue(List<NextContact> next) {
        LocalDate first = null;
        for (NextContact n : next) {
            if (first == null || n.due().isBefore(first)) {
                first = n.due();
            }
        }
        return first == null ? null : first.toString();
    }

    /** The plan column of the customer {@code row} reads: {@code call=2026-12-01;visit=2027-03-01}. */
    static Map<String, LocalDate> parsePlan(StoredRow row, String plan) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        if (plan == null || plan.isEmpty()) {
            return dates;
        }
        for (String part : plan.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw row.damaged("plan", plan, "is not a plan (channel=YYYY-MM-DD;…)");
            }
            LocalDate due;
            try {
                due = dev.rapport.domain.IsoDate.parse(part.substring(eq + 1));
            } catch (RuntimeException e) {
                throw row.damaged("plan", plan, "is not a plan (channel=YYYY-MM-DD;…)");
            }
            dates.put(part.substring(0, eq), due);
        }
        return dates;
    }

    /** How a damaged latest contact is named: its number and its customer. */
    private static String contactOf(ResultSet history, String customerId) {
        try {
            return history.getLong(4) + " (customer " + customerId + ")";
        } catch (SQLException e) {
            return "of customer " + customerId;
        }
    }

    /** A snooze row: the channel (or "*") and the day it ends. */
    static void readSnooze(StoredRow row, int first, Map<String, LocalDate> into) throws SQLException {
        into.put(row.text(first), row.date(first + 1, "until"));
    }

    @Override
    public void replace(String customerId, List<NextContact> next) {
        db.update("plan " + customerId, "UPDATE customer SET plan = ?, next_due = ? WHERE id = ?",
                planText(next), nextDue(next), customerId);
    }

    @Override
    public void scan(java.util.function.Consumer<Planned> sink) {
        scan(Optional.empty(), (number, planned) -> sink.accept(planned));
    }

    /** A customer's plan input and stored plan, with the number of its row. */
    @FunctionalInterface
    private interface NumberedSink {
        void accept(long number, Planned planned);
    }

    /** Every customer, or those in {@code only}, in one pass in row order. */
    private void scan(Optional<SqliteCustomerSet> only, NumberedSink sink) {
        db.read("read every customer's plan", () -> {
            scanRows(only, sink);
            return null;
        });
    }

    private void scanRows(Optional<SqliteCustomerSet> only, NumberedSink sink) throws SQLException {
        try (Statement customers = db.connection().createStatement();
             PreparedStatement history = db.connection().prepareStatement(LATEST_COUNTING);
             Statement snoozes = db.connection().createStatement();
             ResultSet c = customers.executeQuery("SELECT " + SqliteCustomerStore.COLUMNS_OF_C
                     + ", c.customer_no, c.plan FROM customer c ORDER BY c.customer_no");
             ResultSet h = bound(history, CLOCK_RESTARTING).executeQuery();
             ResultSet z = snoozes.executeQuery("SELECT customer_no, channel, until FROM snooze ORDER BY customer_no")) {
            int numberColumn = SqliteCustomerStore.FIELD_COUNT + 2;
            boolean hasH = h.next();
            boolean hasZ = z.next();
            while (c.next()) {
                long no = c.getLong(numberColumn);
                String id = c.getString(1);
                Map<Channel, LocalDate> last = new HashMap<>();
                while (hasH && h.getLong(1) < no) {
                    hasH = h.next();
                }
                StoredRow contacts = new StoredRow(h, "interaction", () -> contactOf(h, id));
                while (hasH && h.getLong(1) == no) {
                    last.put(contacts.read(2, "channel", Channel::new), contacts.day(3, "at"));
                    hasH = h.next();
                }
                Map<String, LocalDate> held = new HashMap<>();
                while (hasZ && z.getLong(1) < no) {
                    hasZ = z.next();
                }
                StoredRow snooze = new StoredRow(z, "snooze", () -> "of customer " + id);
                while (hasZ && z.getLong(1) == no) {
                    readSnooze(snooze, 2, held);
                    hasZ = z.next();
                }
                if (only.isEmpty() || only.get().contains(no)) {
                    sink.accept(no, new Planned(new PlanInput(SqliteCustomerStore.map(c, 1), last, held),
                            parsePlan(new StoredRow(c, "customer", () -> id), c.getString(numberColumn + 1))));
                }
            }
        }
    }

    private static PreparedStatement bound(PreparedStatement st, InList values) throws SQLException {
        for (int i = 0; i < values.values().size(); i++) {
            st.setString(i + 1, values.values().get(i));
        }
        return st;
    }

    /** Beyond this many customers to plan, the coverage tally is counted afresh rather than kept. */
    private static final int MANY = 50_000;

    @Override
    public long replanAll(Optional<dev.rapport.app.CustomerSet> customers, Function<PlanInput, List<NextContact>> plan,
                          LongConsumer progress) {
        Optional<SqliteCustomerSet> only = customers.map(SqliteCustomerSet::of);
        long[] planned = {0};
        int[] pending = {0};
        if (only.isEmpty() || only.get().size() > MANY) {
            transactions.suspendCoverageTally(); // one count at the end beats two tally writes per customer
        }
        try {
            PreparedStatement update = db.prepare("UPDATE customer SET plan = ?, next_due = ? WHERE customer_no = ?");
            scan(only, (number, p) -> {
                List<NextContact> next = plan.apply(p.input());
                try {
                    if (!planDates(next).equals(p.stored())) {
                        update.setString(1, planText(next));
                        update.setString(2, nextDue(next));
                        update.setLong(3, number);
                        update.addBatch();
                        if (++pending[0] == 1000) {
                            update.executeBatch();
                            pending[0] = 0;
                        }
                    }
                } catch (SQLException e) {
                    throw SqliteErrors.translate(e, db.name(), "plan customer " + p.input().customer().id());
                }
                if (++planned[0] % 10_000 == 0) {
                    progress.accept(planned[0]);
                }
            });
            update.executeBatch();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, db.name(), "plan all customers");
        }
        return planned[0];
    }

    private static Map<String, LocalDate> planDates(List<NextContact> next) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        next.forEach(n -> dates.put(n.channel().name(), n.due()));
        return dates;
    }

    @Override
    public void dueBy(LocalDate until, java.util.function.Predicate<Due> sink) {
        int planColumn = SqliteCustomerStore.FIELD_COUNT + 2;
        // In the order of the next_due index: the agenda merges customers as they come.
        String sql = "SELECT " + SqliteCustomerStore.COLUMNS_OF_C + ", c.plan, c.next_due FROM customer c"
                + " WHERE c.next_due IS NOT NULL AND c.next_due <= ? ORDER BY c.next_due";
        db.read("read the agenda", () -> {
            PreparedStatement st = db.prepare(sql);
            st.setString(1, until.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (!sink.test(due(rs, planColumn, until))) {
                        return null;
                    }
                }
            }
            return null;
        });
    }

    /** A customer row with its plan and next due date, and the channels of the plan due by {@code until}. */
    private static Due due(ResultSet rs, int planColumn, LocalDate until) throws SQLException {
        var customer = SqliteCustomerStore.map(rs, 1);
        StoredRow row = new StoredRow(rs, "customer", customer::id);
        List<Scheduled> channels = new ArrayList<>(2);
        for (var planned : parsePlan(row, rs.getString(planColumn)).entrySet()) {
            if (!planned.getValue().isAfter(until)) {
                Channel channel = row.value("plan", rs.getString(planColumn), text -> new Channel(planned.getKey()));
                channels.add(new Scheduled(customer, channel, planned.getValue()));
            }
        }
        return new Due(customer, row.date(planColumn + 1, "next_due"), channels);
    }

    @Override
    public Map<String, LocalDate> of(String customerId) {
        return db.query("read the plan of " + customerId, "SELECT plan FROM customer WHERE id = ?",
                rs -> parsePlan(new StoredRow(rs, "customer", () -> customerId), rs.getString(1)), customerId)
                .stream().findFirst().orElse(Map.of());
    }

    @Override
    public Map<String, LocalDate> snoozes(String customerId) {
        Map<String, LocalDate> snoozes = new HashMap<>();
        db.each("read the snoozes of " + customerId, "SELECT channel, until FROM snooze WHERE customer_no = " + CUSTOMER_NO,
                rs -> readSnooze(new StoredRow(rs, "snooze", () -> "of customer " + customerId), 1, snoozes), customerId);
        return snoozes;
    }

    @Override
    public void snooze(String customerId, String channel, LocalDate until) {
        db.update("snooze " + customerId, "INSERT INTO snooze (customer_no, channel, until) VALUES (" + CUSTOMER_NO + ", ?, ?)"
                + " ON CONFLICT (customer_no, channel) DO UPDATE SET until = excluded.until", customerId, channel, until.toString());
    }

    @Override
    public int unsnooze(String customerId, Optional<String> channel) {
        if (channel.isPresent()) {
            return db.update("unsnooze " + customerId, "DELETE FROM snooze WHERE customer_no = " + CUSTOMER_NO + " AND channel = ?",
                    customerId, channel.get());
        }
        return db.update("unsnooze " + customerId, "DELETE FROM snooze WHERE customer_no = " + CUSTOMER_NO, customerId);
    }

    @Override
    public Optional<String> planFingerprint() {
        return db.query("read the plan's policy", "SELECT value FROM meta WHERE key = 'plan_fingerprint'",
                rs -> rs.getString(1)).stream().findFirst();
    }

    @Override
    public void planFingerprint(String fingerprint) {
        db.update("record the plan's policy", "INSERT INTO meta (key, value) VALUES ('plan_fingerprint', ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value", fingerprint);
    }
}
