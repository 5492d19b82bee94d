package dev.rapport.storage;

import dev.rapport.app.ScheduleStore;
import dev.rapport.domain.Channel;
import dev.rapport.domain.NextContact;
import java.time.LocalDate;
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
