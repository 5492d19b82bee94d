package dev.rapport.storage;

import dev.rapport.app.ScheduleStore;
import dev.rapport.domain.Channel;
import dev.rapport.domain.NextContact;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code schedule}, {@code snooze} and {@code meta} tables. */
final class SqliteScheduleStore implements ScheduleStore {

    private static final String CUSTOMER_NO = "(SELECT customer_no FROM customer WHERE id = ?)";

    private final SqliteStorage db;

    SqliteScheduleStore(SqliteStorage db) {
        this.db = db;
    }

    @Override
    public void replace(String customerId, List<NextContact> next) {
        String doing = "plan " + customerId;
        db.update(doing, "DELETE FROM schedule WHERE customer_no = " + CUSTOMER_NO, customerId);
        add(customerId, next);
    }

    @Override
    public void add(String customerId, List<NextContact> next) {
        String doing = "plan " + customerId;
        for (NextContact n : next) {
            db.update(doing, "INSERT INTO schedule (customer_no, channel, due) VALUES (" + CUSTOMER_NO + ", ?, ?)",
                    customerId, n.channel().name(), n.due().toString());
        }
    }

    @Override
    public long replanAll(Optional<BitSet> only, Function<PlanInput, List<NextContact>> plan, LongConsumer progress) {
        String doing = "plan all customers";
        long planned = 0;
        try (Statement customers = db.connection().createStatement();
             Statement history = db.connection().createStatement();
             Statement snoozes = db.connection().createStatement();
             ResultSet c = customers.executeQuery("SELECT " + SqliteCustomerStore.COLUMNS_OF_C
                     + ", c.customer_no FROM customer c ORDER BY c.customer_no");
             ResultSet h = history.executeQuery("SELECT customer_no, channel, max(at) FROM interaction"
                     + " WHERE outcome IN ('reached', 'sent', 'received') GROUP BY customer_no, channel ORDER BY customer_no");
             ResultSet z = snoozes.executeQuery("SELECT customer_no, channel, until FROM snooze ORDER BY customer_no")) {
            PreparedStatement delete = db.prepare("DELETE FROM schedule WHERE customer_no = ?");
            PreparedStatement insert = db.prepare("INSERT INTO schedule (customer_no, channel, due) VALUES (?, ?, ?)");
            int numberColumn = SqliteCustomerStore.FIELD_COUNT + 2;
            boolean hasH = h.next();
            boolean hasZ = z.next();
            int pending = 0;
            while (c.next()) {
                long no = c.getLong(numberColumn);
                Map<Channel, LocalDate> last = new HashMap<>();
                while (hasH && h.getLong(1) < no) {
                    hasH = h.next();
                }
                while (hasH && h.getLong(1) == no) {
                    last.put(new Channel(h.getString(2)), LocalDate.parse(h.getString(3).substring(0, 10)));
                    hasH = h.next();
                }
                Map<String, LocalDate> held = new HashMap<>();
                while (hasZ && z.getLong(1) < no) {
                    hasZ = z.next();
                }
                while (hasZ && z.getLong(1) == no) {
                    held.put(z.getString(2), LocalDate.parse(z.getString(3)));
                    hasZ = z.next();
                }
                if (only.isPresent() && !only.get().get(Math.toIntExact(no))) {
                    continue;
                }
                List<NextContact> next = plan.apply(new PlanInput(SqliteCustomerStore.map(c, 1), last, held));
                delete.setLong(1, no);
                delete.addBatch();
                for (NextContact n : next) {
                    insert.setLong(1, no);
                    insert.setString(2, n.channel().name());
                    insert.setString(3, n.due().toString());
                    insert.addBatch();
                }
                if (++pending == 1000) {
                    delete.executeBatch();
                    insert.executeBatch();
                    pending = 0;
                }
                if (++planned % 10_000 == 0) {
                    progress.accept(planned);
                }
            }
            delete.executeBatch();
            insert.executeBatch();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, db.name(), doing);
        }
        return planned;
    }

    @Override
    public List<Scheduled> dueBy(LocalDate until) {
        return db.query("read the agenda", "SELECT s.channel, s.due, " + SqliteCustomerStore.COLUMNS_OF_C
                        + " FROM schedule s JOIN customer c ON c.customer_no = s.customer_no WHERE s.due <= ?",
                rs -> new Scheduled(SqliteCustomerStore.map(rs, 3), new Channel(rs.getString(1)), LocalDate.parse(rs.getString(2))),
                until.toString());
    }

    @Override
    public Map<String, LocalDate> of(String customerId) {
        Map<String, LocalDate> dates = new HashMap<>();
        db.each("read the plan of " + customerId, "SELECT channel, due FROM schedule WHERE customer_no = " + CUSTOMER_NO,
                rs -> dates.put(rs.getString(1), LocalDate.parse(rs.getString(2))), customerId);
        return dates;
    }

    @Override
    public Map<String, LocalDate> snoozes(String customerId) {
        Map<String, LocalDate> snoozes = new HashMap<>();
        db.each("read the snoozes of " + customerId, "SELECT channel, until FROM snooze WHERE customer_no = " + CUSTOMER_NO,
                rs -> snoozes.put(rs.getString(1), LocalDate.parse(rs.getString(2))), customerId);
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
