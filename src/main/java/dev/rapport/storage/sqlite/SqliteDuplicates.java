package dev.rapport.storage.sqlite;

import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.DuplicateKeys;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The likely pairs of {@code customer duplicates}, found by sorting, not by comparing every
 * customer with every other: each customer's keys go into a TEMP table, which an index sorts once;
 * the keys shared by two or more customers are read back in order, one group at a time, and each
 * customer of a group is paired with the earliest one before it whose key matches; the pairs go
 * into a second TEMP table and come back grouped by pair, with both customers. Time grows as
 * n log n, memory with the largest group only. TEMP tables live in SQLite's temporary database:
 * a read-only database file takes them, and the journal never sees them.
 */
final class SqliteDuplicates {

    private static final int BATCH = 1000;
    private static final DuplicateKeys.Reason[] REASONS = DuplicateKeys.Reason.values();
    private static final String PAIRED = SqliteCustomerStore.columnsOf("a.") + ", " + SqliteCustomerStore.columnsOf("b.");

    private final SqliteStatements db;
    private final SqliteTransactions transactions;

    SqliteDuplicates(SqliteStatements db, SqliteTransactions transactions) {
        this.db = db;
        this.transactions = transactions;
    }

    void pairs(Function<Customer, List<DuplicateKeys.Key>> keys, Consumer<DuplicateKeys.Pair> sink) {
        transactions.inReadTransaction("find likely duplicates", () -> {
            try {
                db.execute("CREATE TEMP TABLE duplicate_key (reason INTEGER NOT NULL, key TEXT NOT NULL,"
                        + " qualifier TEXT NOT NULL, customer_no INTEGER NOT NULL)");
                db.execute("CREATE TEMP TABLE duplicate_pair (keep INTEGER NOT NULL, duplicate INTEGER NOT NULL,"
                        + " reason INTEGER NOT NULL)");
                writeKeys(keys);
                db.execute("CREATE INDEX temp.duplicate_key_order ON duplicate_key (reason, key, customer_no)");
                writePairs();
                readPairs(sink);
                db.execute("DROP TABLE temp.duplicate_key");
                db.execute("DROP TABLE temp.duplicate_pair");
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, db.name(), "find likely duplicates");
            }
            return null;
        });
    }

    /** The columns of {@link DuplicateKeys#FIELDS}, and the row number. */
    private static String keyColumns() {
        StringBuilder columns = new StringBuilder();
        for (CustomerField f : DuplicateKeys.FIELDS) {
            columns.append(f.key()).append(", ");
        }
        return columns.append("customer_no").toString();
    }

    private static final String KEY_COLUMNS = keyColumns();

    private void writeKeys(Function<Customer, List<DuplicateKeys.Key>> keys) throws SQLException {
        int number = DuplicateKeys.FIELDS.size() + 1;
        try (PreparedStatement insert = db.connection().prepareStatement(
                "INSERT INTO temp.duplicate_key (reason, key, qualifier, customer_no) VALUES (?, ?, ?, ?)");
             PreparedStatement customers = db.connection().prepareStatement("SELECT " + KEY_COLUMNS + " FROM customer");
             ResultSet rs = customers.executeQuery()) {
            int pending = 0;
            while (rs.next()) {
                // Only the fields the keys are made of: parsing every field of a million customers costs more than the keys.
                Customer.Builder customer = Customer.builder(rs.getString(1), "", "", java.time.LocalDate.EPOCH);
                for (int i = 0; i < DuplicateKeys.FIELDS.size(); i++) {
                    DuplicateKeys.FIELDS.get(i).write(customer, rs.getString(i + 1));
                }
                for (DuplicateKeys.Key key : keys.apply(customer.build())) {
                    insert.setInt(1, key.reason().ordinal());
                    insert.setString(2, key.value());
                    insert.setString(3, key.qualifier());
                    insert.setLong(4, rs.getLong(number));
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            insert.executeBatch();
        }
    }

    /** A customer of a group of equal keys. */
    private record Member(long number, DuplicateKeys.Key key) {
    }

    private void writePairs() throws SQLException {
        try (PreparedStatement insert = db.connection().prepareStatement(
                "INSERT INTO temp.duplicate_pair (keep, duplicate, reason) VALUES (?, ?, ?)");
             PreparedStatement shared = db.connection().prepareStatement("WITH shared AS (SELECT reason, key FROM temp.duplicate_key"
                     + " GROUP BY reason, key HAVING count(*) > 1)"
                     + " SELECT k.reason, k.key, k.qualifier, k.customer_no FROM shared s JOIN temp.duplicate_key k"
                     + " ON k.reason = s.reason AND k.key = s.key ORDER BY k.reason, k.key, k.customer_no");
             ResultSet rs = shared.executeQuery()) {
            int[] pending = {0};
            Group group = new Group();
            while (rs.next()) {
                DuplicateKeys.Key key = new DuplicateKeys.Key(REASONS[rs.getInt(1)], rs.getString(2), rs.getString(3));
                if (!group.holds(key)) {
                    group = new Group();
                }
                Member member = new Member(rs.getLong(4), key);
                Long earliest = group.earliestMatching(member);
                if (earliest != null) {
                    insert.setLong(1, earliest);
                    insert.setLong(2, member.number());
                    insert.setInt(3, key.reason().ordinal());
                    insert.addBatch();
                    if (++pending[0] == BATCH) {
                        insert.executeBatch();
                        pending[0] = 0;
                    }
                }
                group.add(member);
            }
            insert.executeBatch();
        }
    }

    /**
     * The customers so far of one group of equal keys, in the order they were added, as few as
     * can answer which earlier one a newcomer matches first: the first of all, the first without
     * a qualifier, and the first with each qualifier (a phone's country code). Whichever earlier
     * customer matches first is one of these.
     */
    private static final class Group {
        private Member first;
        private Member firstUnqualified;
        private final Map<String, Member> firstQualified = new HashMap<>();

        boolean holds(DuplicateKeys.Key key) {
            return first != null && first.key().reason() == key.reason() && first.key().value().equals(key.value());
        }

        Long earliestMatching(Member newcomer) {
            Long earliest = null;
            List<Member> candidates = new ArrayList<>(3);
            candidates.add(first);
            candidates.add(firstUnqualified);
            candidates.add(firstQualified.get(newcomer.key().qualifier()));
            for (Member m : candidates) {
                if (m != null && m.key().matches(newcomer.key()) && (earliest == null || m.number() < earliest)) {
                    earliest = m.number();
                }
            }
            return earliest;
        }

        void add(Member m) {
            if (first == null) {
                first = m;
            }
            if (m.key().qualifier().isEmpty()) {
                firstUnqualified = firstUnqualified == null ? m : firstUnqualified;
            } else {
                firstQualified.putIfAbsent(m.key().qualifier(), m);
            }
        }
    }

    private void readPairs(Consumer<DuplicateKeys.Pair> sink) throws SQLException {
        int second = SqliteCustomerStore.FIELD_COUNT + 2;
        try (PreparedStatement pairs = db.connection().prepareStatement("SELECT " + PAIRED + ", p.reasons FROM"
                + " (SELECT keep, duplicate, sum(1 << reason) AS reasons FROM temp.duplicate_pair GROUP BY keep, duplicate) p"
                + " JOIN customer a ON a.customer_no = p.keep JOIN customer b ON b.customer_no = p.duplicate"
                + " ORDER BY p.keep, p.duplicate");
             ResultSet rs = pairs.executeQuery()) {
            while (rs.next()) {
                int mask = rs.getInt(2 * second - 1);
                Set<DuplicateKeys.Reason> reasons = EnumSet.noneOf(DuplicateKeys.Reason.class);
                for (DuplicateKeys.Reason r : REASONS) {
                    if ((mask & (1 << r.ordinal())) != 0) {
                        reasons.add(r);
                    }
                }
                sink.accept(new DuplicateKeys.Pair(SqliteCustomerStore.map(rs, 1), SqliteCustomerStore.map(rs, second), reasons));
            }
        }
    }
}
