package dev.rapport.storage.sqlite;

import dev.rapport.storage.DamagedValueException;
import dev.rapport.storage.StoredRow;
import dev.rapport.app.CustomerQuery;
import dev.rapport.app.CustomerStore;
import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.Status;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code customer} table. Its text columns are the customer fields, written and read back by
 * {@link CustomerField}, so that the table, the CSV export and the import agree by construction.
 */
final class SqliteCustomerStore implements CustomerStore {

    private static final List<CustomerField> FIELDS = List.of(CustomerField.values());
    /** How many customer columns {@link #map(ResultSet, int)} reads: the fields and the spread. */
    static final int FIELD_COUNT = FIELDS.size();
    // The statements are spelt out with loops: streams here were the first of the process, and
    // setting up the stream machinery cost a few per cent of every start (JFR).
    private static final String COLUMNS = keys("", false) + ", spread";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM customer";
    /** The customer columns of a query that calls the customer table {@code c}, for {@link #map(ResultSet, int)}. */
    static final String COLUMNS_OF_C = columnsOf("c.");
    private static final String INSERT = "INSERT INTO customer (" + COLUMNS + ") VALUES (" + marks(FIELDS.size() + 1) + ")";
    /** A new customer with its row number and its first plan. */
    private static final String BULK_INSERT = "INSERT INTO customer (customer_no, " + COLUMNS + ", plan, next_due) VALUES ("
            + marks(FIELDS.size() + 4) + ")";
    private static final String UPDATE = "UPDATE customer SET " + keys("", true) + ", spread = ? WHERE id = ?";
    /** What an import claims: the customer with an id, with its row number first. */
    private static final String CLAIM = "SELECT customer_no, " + COLUMNS + " FROM customer WHERE id = ?";

    /** The fields' columns, each with {@code prefix}; as {@code key = ?} assignments, without the id, when {@code set}. */
    private static String keys(String prefix, boolean set) {
        StringBuilder sb = new StringBuilder();
        for (CustomerField f : FIELDS) {
            if (set && f == CustomerField.ID) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : ", ").append(prefix).append(f.key()).append(set ? " = ?" : "");
        }
        return sb.toString();
    }

    /** The customer columns of a query that calls the customer table {@code alias} (with its dot), for {@link #map(ResultSet, int)}. */
    static String columnsOf(String alias) {
        return keys(alias, false) + ", " + alias + "spread";
    }

    private static String marks(int count) {
        return "?" + ", ?".repeat(count - 1);
    }

    private final SqliteStatements db;
    private final SqliteTransactions transactions;
    private final SqliteBulkLoads bulkLoads;
    private final SqliteJournal journal;

    SqliteCustomerStore(SqliteStatements db, SqliteTransactions transactions, SqliteBulkLoads bulkLoads, SqliteJournal journal) {
        this.db = db;
        this.transactions = transactions;
        this.bulkLoads = bulkLoads;
        this.journal = journal;
    }

    @Override
    public Optional<Customer> find(String id) {
        return query(SELECT + " WHERE id = ?", List.of(id), 1).stream().findFirst();
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        return query(SELECT + " WHERE email = ? ORDER BY customer_no", List.of(email), 1).stream().findFirst();
    }

    private Optional<Customer> findByNumber(long number) {
        return db.query("read customer #" + number, SELECT + " WHERE customer_no = ?", SqliteCustomerStore::map, number)
                .stream().findFirst();
    }

    /** A customer by the number of its row and its id: what the other tables of this package refer to it by. */
    record Numbered(long number, String customerId) implements dev.rapport.app.InteractionStore.Party {
    }

    /** The customer with this id, by number. */
    Optional<Numbered> numbered(String id) {
        return db.query("read customer " + id, "SELECT customer_no FROM customer WHERE id = ?", rs -> new Numbered(rs.getLong(1), id), id)
                .stream().findFirst();
    }

    /** The customer added first of those with this e-mail (ignoring case), by number. */
    Optional<Numbered> numberedByEmail(String email) {
        return db.query("read customer " + email, "SELECT customer_no, id FROM customer WHERE email = ? ORDER BY customer_no LIMIT 1",
                rs -> new Numbered(rs.getLong(1), rs.getString(2)), email).stream().findFirst();
    }

    @Override
    public dev.rapport.app.CustomerSet setOf(java.util.Collection<String> ids) {
        SqliteCustomerSet set = new SqliteCustomerSet();
        for (String id : ids) {
            numbered(id).ifPresent(c -> set.add(c.number()));
        }
        return set;
    }

    @Override
    public void forEach(dev.rapport.app.CustomerSet customers, Consumer<Customer> sink) {
        java.util.BitSet numbers = SqliteCustomerSet.of(customers).numbers();
        for (int no = numbers.nextSetBit(0); no >= 0; no = numbers.nextSetBit(no + 1)) {
            findByNumber(no).ifPresent(sink);
        }
    }

    /** The highest row number there is, 0 when there are no customers. */
    private long lastNumber() {
        try (PreparedStatement st = db.connection().prepareStatement("SELECT coalesce(max(customer_no), 0) FROM customer");
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, db.name(), "read customers");
        }
    }

    @Override
    public boolean exists(String id) {
        try (PreparedStatement st = db.connection().prepareStatement("SELECT 1 FROM customer WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, db.name(), "read customer " + id);
        }
    }

    @Override
    public void insert(Customer customer) {
        try {
            PreparedStatement insert = db.prepare(INSERT);
            int i = 1;
            for (CustomerField f : FIELDS) {
                insert.setString(i++, f.read(customer));
            }
            insert.setLong(i, spreadColumn(customer));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, db.name(), "add customer " + customer.id());
        }
    }

    @Override
    public NewCustomers newCustomers() {
        return new Batch();
    }

    /**
     * Batched inserts with row numbers chosen here (the transaction holds the write lock, so the
     * next numbers are ours): the planned contacts can then be written without looking the
     * customer up again, and every number above those there were is a customer this import added.
     */
    private final class Batch implements NewCustomers {
        private static final int SIZE = 1000;
        /** A batch is also sent at this many characters: a thousand rows of long notes would hold a gigabyte. */
        private static final long SIZE_CHARS = 1 << 20;
        private final java.util.Map<String, Long> queued = new java.util.HashMap<>();
        private long queuedChars;
        /** The highest number before the import: those above it are the import's own. */
        private final long before = lastNumber();
        private long next = before + 1;
        // Into an empty table, the secondary indexes are built once at the end, and every id
        // there is was added here: a Bloom filter of them answers most lookups without a query.
        private final boolean bulk = before == 0;
        private final KeyFilter added = new KeyFilter();
        /** The stored customers the import has claimed, by number. */
        private final java.util.BitSet claimed = new java.util.BitSet();

        Batch() {
            if (bulk) {
                bulkLoads.dropIndexes(Schema.CUSTOMER_BULK_INDEXES);
                transactions.suspendCoverageTally();
                transactions.suspendCustomerWords();
                journal.bulkInsert("customer");
            }
        }

        @Override
        public void add(Customer customer, List<String> fields, List<dev.rapport.domain.NextContact> plan) {
            long number = next++;
            try {
                PreparedStatement insert = db.prepare(BULK_INSERT);
                insert.setLong(1, number);
                int i = 2;
                for (String text : fields) {
                    insert.setString(i++, text);
                    queuedChars += text == null ? 0 : text.length();
                }
                insert.setLong(i++, spreadColumn(customer));
                insert.setString(i++, SqliteScheduleStore.planText(plan));
                insert.setString(i, SqliteScheduleStore.nextDue(plan));
                insert.addBatch();
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, db.name(), "add customer " + customer.id());
            }
            queued.put(customer.id(), number);
            added.add(customer.id());
            if (queued.size() >= SIZE || queuedChars >= SIZE_CHARS) {
                flush();
            }
        }

        @Override
        public Claim claim(String id) {
            if (queued.containsKey(id)) {
                return Claim.REPEATED;
            }
            if (bulk && !added.mightContain(id)) {
                return Claim.FREE;
            }
            // One query tells a free id from a stored one, and reads the customer to update.
            return db.read("read customer " + id, () -> {
                PreparedStatement st = db.prepare(CLAIM);
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Claim.FREE;
                    }
                    int number = Math.toIntExact(rs.getLong(1));
                    if (number > before || claimed.get(number)) {
                        return Claim.REPEATED;
                    }
                    claimed.set(number);
                    return new Claim.Stored(map(rs, 2));
                }
            });
        }

        private void flush() {
            try {
                db.prepare(BULK_INSERT).executeBatch();
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, db.name(), "add customers");
            }
            queued.clear();
            queuedChars = 0;
        }

        @Override
        public void close() {
            flush();
            if (bulk) {
                bulkLoads.createIndexes(Schema.CUSTOMER_BULK_INDEXES);
            }
        }
    }

    /**
     * A Bloom filter of ids: "no" is certain, "maybe" is right all but about one time in a hundred
     * for a million ids, in 2 MB.
     */
    private static final class KeyFilter {
        private static final int BITS = 1 << 24;
        private static final int HASHES = 7;
        private final java.util.BitSet bits = new java.util.BitSet(BITS);

        void add(String key) {
            int h1 = key.hashCode();
            int h2 = mix(h1);
            for (int i = 0; i < HASHES; i++) {
                bits.set(Math.floorMod(h1 + i * h2, BITS));
            }
        }

        boolean mightContain(String key) {
            int h1 = key.hashCode();
            int h2 = mix(h1);
            for (int i = 0; i < HASHES; i++) {
                if (!bits.get(Math.floorMod(h1 + i * h2, BITS))) {
                    return false;
                }
            }
            return true;
        }

        private static int mix(int h) {
            h ^= h >>> 16;
            h *= 0x85ebca6b;
            h ^= h >>> 13;
            h *= 0xc2b2ae35;
            h ^= h >>> 16;
            return h | 1;
        }
    }

    @Override
    public void update(Customer customer) {
        try {
            PreparedStatement st = db.prepare(UPDATE);
            int i = 1;
            for (CustomerField f : FIELDS) {
                if (f != CustomerField.ID) {
                    st.setString(i++, f.read(customer));
                }
            }
            st.setLong(i++, spreadColumn(customer));
            st.setString(i, customer.id());
            if (st.executeUpdate() != 1) {
                throw new IllegalStateException("customer " + customer.id() + " was not there to update");
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, db.name(), "save customer " + customer.id());
        }
    }

    @Override
    public List<Customer> list(CustomerQuery query) {
        List<Customer> found = new ArrayList<>();
        forEach(query, found::add);
        return found;
    }

    @Override
    public void forEach(CustomerQuery query, Consumer<Customer> sink) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        query.tier().ifPresent(t -> {
            where.append(" AND tier = ?");
            args.add(t);
        });
        query.owner().ifPresent(o -> {
            where.append(" AND owner = ?");
            args.add(o);
        });
        query.status().ifPresent(s -> {
            where.append(" AND status = ?");
            args.add(s.toString());
        });
        query.tag().ifPresent(t -> {
            where.append(" AND (';' || tags || ';') LIKE ? ESCAPE '\\'");
            args.add("%;" + escapeLike(t) + ";%");
        });
        query.text().ifPresent(t -> {
            where.append(" AND customer_no IN (" + FOUND + ")");
            args.add(wordsQuery(t));
            args.add(escapeLike(t) + "%");
            args.add(escapeLike(t) + "%");
        });
        stream(SELECT + where + " ORDER BY id", args, query.limit(), sink);
    }

    @Override
    public List<Customer> matching(String typed, boolean archivedToo, int limit) {
        String pattern = escapeLike(typed) + "%";
        return query(MATCHING, List.of(wordsQuery(typed), pattern, archivedToo ? 1 : 0, Status.ARCHIVED.toString(), limit), limit);
    }

    /**
     * The customers found by what was typed: a word of the name or the company starts with each
     * of its words (the word index: case, accents and punctuation do not count), or the id or the
     * e-mail starts with it (their indexes, ignoring case). Three index searches, each ending at
     * what it found; parameters: the word query, the LIKE pattern.
     */
    static final String FOUND = "SELECT rowid FROM customer_words WHERE customer_words MATCH ?"
            + " UNION SELECT customer_no FROM customer WHERE id LIKE ? ESCAPE '\\'"
            + " UNION SELECT customer_no FROM customer WHERE email LIKE ? ESCAPE '\\'";

    /**
     * As {@link #FOUND}, at most ?5 from each search, with archived customers left out unless ?3;
     * ?4 is the archived status. Each search stops at its limit, so that a lookup of "m" among a
     * million customers reads a few rows, not the thousands it matches.
     */
    static final String MATCHING = SELECT + " WHERE customer_no IN ("
            + "SELECT * FROM (SELECT customer_words.rowid FROM customer_words JOIN customer c ON c.customer_no = customer_words.rowid"
            + " WHERE customer_words MATCH ?1 AND (?3 OR c.status != ?4) LIMIT ?5)"
            + " UNION SELECT * FROM (SELECT customer_no FROM customer WHERE id LIKE ?2 ESCAPE '\\' AND (?3 OR status != ?4) LIMIT ?5)"
            + " UNION SELECT * FROM (SELECT customer_no FROM customer WHERE email LIKE ?2 ESCAPE '\\' AND (?3 OR status != ?4) LIMIT ?5))"
            + " ORDER BY id";

    /**
     * The word index's query for the words of {@code typed}: each word quoted, as the start of a
     * word, and all of them required. Quoted, any text is only words, never the query's syntax
     * (OR, NEAR, a column filter, a star); white space and control characters part words, as they
     * do for the index. No words at all: an empty phrase, which matches nothing.
     */
    static String wordsQuery(String typed) {
        StringBuilder query = new StringBuilder();
        for (String word : WORD_BREAK.split(typed)) {
            if (!word.isEmpty()) {
                query.append(query.length() == 0 ? "" : " ").append('"').append(word.replace("\"", "\"\"")).append("\"*");
            }
        }
        return query.length() == 0 ? "\"\"" : query.toString();
    }

    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\p{IsWhite_Space}\\p{Cc}]+");

    @Override
    public List<String> owners(String prefix, int limit) {
        return db.query("list the owners", "SELECT DISTINCT owner FROM customer WHERE owner <> '' AND owner LIKE ? ESCAPE '\\'"
                + " ORDER BY owner LIMIT ?", rs -> rs.getString(1), escapeLike(prefix) + "%", limit);
    }

    @Override
    public long count() {
        try (PreparedStatement st = db.connection().prepareStatement("SELECT count(*) FROM customer");
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, db.name(), "count customers");
        }
    }

    @Override
    public boolean inSomeCadence(dev.rapport.domain.Channel channel) {
        // The cadence column reads "call=1 month;telegram=2 weeks": a channel is a name after the start or a ';'.
        return !db.query("look for the channel in the cadences", "SELECT 1 FROM customer WHERE cadence <> ''"
                + " AND ';' || cadence LIKE ? ESCAPE '\\' LIMIT 1", rs -> true, "%;" + escapeLike(channel.name()) + "=%").isEmpty();
    }

    @Override
    public java.util.SortedSet<dev.rapport.domain.Channel> cadenceChannels() {
        java.util.SortedSet<dev.rapport.domain.Channel> channels = new java.util.TreeSet<>();
        for (String cadence : db.query("read the cadences", "SELECT DISTINCT cadence FROM customer WHERE cadence <> ''",
                rs -> rs.getString(1))) {
            try {
                channels.addAll(CustomerField.cadence(cadence).keySet());
            } catch (dev.rapport.domain.InvalidValueException damaged) {
                // Named as damaged by whatever reads that customer; here it names no channel.
            }
        }
        return channels;
    }

    @Override
    public void likelyPairs(java.util.function.Function<Customer, List<dev.rapport.domain.DuplicateKeys.Key>> keys,
                            Consumer<dev.rapport.domain.DuplicateKeys.Pair> sink) {
        new SqliteDuplicates(db, transactions).pairs(keys, sink);
    }

    private List<Customer> query(String sql, List<?> args, int limit) {
        List<Customer> found = new ArrayList<>();
        stream(sql, args, limit, found::add);
        return found;
    }

    private void stream(String sql, List<?> args, int limit, Consumer<Customer> sink) {
        db.read("read customers", () -> {
            try (PreparedStatement st = db.connection().prepareStatement(sql + " LIMIT ?")) {
                int i = 1;
                for (Object arg : args) {
                    st.setObject(i++, arg);
                }
                st.setInt(i, limit);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(map(rs));
                    }
                }
            }
            return null;
        });
    }

    /** One row, one customer. */
    static Customer map(ResultSet rs) throws SQLException {
        return map(rs, 1);
    }

    /**
     * The customer whose columns start at column {@code first} of the row. A column whose text does
     * not read back (a since of month 13, an unknown status) is a damaged row, named.
     */
    static Customer map(ResultSet rs, int first) throws SQLException {
        String id = rs.getString(first);
        StoredRow row = new StoredRow(rs, "customer", () -> id);
        Customer.Builder b = Customer.builder(id, "", "", LocalDate.EPOCH);
        int i = first;
        // A loop with its own catch rather than a parser per field: every customer read passes here.
        for (CustomerField f : FIELDS) {
            String text = rs.getString(i++);
            try {
                f.write(b, text);
            } catch (RuntimeException e) {
                throw row.damaged(f.key(), text, e);
            }
        }
        long spread = row.number(i, "spread");
        if (spread < 0 || spread > MAX_SPREAD) {
            throw row.damaged("spread", String.valueOf(spread), "is not 0 (not spread) or 1 + the days from since to the spread");
        }
        // What the customer as a whole refuses: an id no rapport writes, or no name, company or e-mail.
        boolean validId = dev.rapport.domain.CustomerIds.isValid(id);
        return row.build(validId ? "name" : "id", () -> validId ? "" : id,
                () -> (spread == 0 ? b : b.spreadFrom(b.since().plusDays(spread - 1))).build());
    }

    /** More days than there are from the year 1 to 9999. */
    private static final long MAX_SPREAD = 3_660_000;

    /**
     * The {@code spread} column: 0 for a customer not spread, else 1 + the days from its since to the
     * day its spread begins, so that the 1 that rapport wrote before (spread from since) reads the same.
     */
    static long spreadColumn(Customer customer) {
        return customer.spreadFrom().map(d -> 1 + java.time.temporal.ChronoUnit.DAYS.between(customer.since(), d)).orElse(0L);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
