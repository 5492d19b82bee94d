package dev.rapport.storage.sqlite;

import dev.rapport.storage.DamagedValueException;
import dev.rapport.storage.InList;
import dev.rapport.storage.StoredRow;
import dev.rapport.app.InteractionStore;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.Direction;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Outcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The {@code interaction} table: one row per logged contact. */
final class SqliteInteractionStore implements InteractionStore {

    static final String COLUMNS = "i.id, c.id, i.at, i.channel, i.direction, i.outcome, i.kind, i.note,"
            + " i.satisfaction, i.logged_by, i.answers";

    /** The contacts that restart a clock, bound as parameters: the rule stays in {@link Outcome#restartsClock}. */
    private static final InList CLOCK_RESTARTING = InList.of(Outcome.clockRestarting());

    private final SqliteStatements db;
    private final SqliteTransactions transactions;
    private final SqliteBulkLoads bulkLoads;
    private final SqliteJournal journal;
    private final SqliteCustomerStore customers;

    SqliteInteractionStore(SqliteStatements db, SqliteTransactions transactions, SqliteBulkLoads bulkLoads, SqliteJournal journal,
                           SqliteCustomerStore customers) {
        this.db = db;
        this.transactions = transactions;
        this.bulkLoads = bulkLoads;
        this.journal = journal;
        this.customers = customers;
    }

    @Override
    public long insert(Interaction i) {
        return db.insert("log a contact with " + i.customerId(),
                "INSERT INTO interaction (customer_no, at, channel, direction, outcome, kind, note, satisfaction, logged_by, answers)"
                        + " VALUES ((SELECT customer_no FROM customer WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                i.customerId(), i.at().toString(), i.channel().name(), i.direction().toString(), i.outcome().toString(),
                i.kind().toString(), i.note(), i.satisfaction(), i.loggedBy(), i.answers());
    }

    private static final String INSERT_BY_NUMBER =
            "INSERT INTO interaction (customer_no, at, channel, direction, outcome, kind, note, satisfaction, logged_by, answers)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Override
    public NewInteractions newInteractions() {
        boolean empty = db.query("count contacts", "SELECT NOT EXISTS (SELECT 1 FROM interaction)", rs -> rs.getInt(1) == 1).get(0);
        return new Writer(empty);
    }

    /**
     * Contacts added by customer number, which the writer's own lookups found: into an empty
     * history in batches, with the index built once at the end; into one with contacts one at a
     * time, each looked for first by the import.
     */
    private final class Writer implements NewInteractions {
        private final boolean bulk;
        private final SqliteCustomerSet touched = new SqliteCustomerSet();
        private int queued;

        Writer(boolean bulk) {
            this.bulk = bulk;
            if (bulk) {
                bulkLoads.dropIndexes(Schema.INTERACTION_BULK_INDEXES);
                transactions.suspendContactTallies();
                journal.bulkInsert("interaction");
            }
        }

        @Override
        public boolean startedEmpty() {
            return bulk;
        }

        @Override
        public Optional<Party> customer(String id) {
            return customers.numbered(id).map(Party.class::cast);
        }

        @Override
        public Optional<Party> customerByEmail(String email) {
            return customers.numberedByEmail(email).map(Party.class::cast);
        }

        @Override
        public boolean exists(Party customer, Interaction i) {
            return !db.query("read the history", "SELECT 1 FROM interaction WHERE customer_no = ? AND at = ? AND channel = ?"
                            + " AND direction = ? AND outcome = ? AND kind = ? AND note = ? AND deleted = 0 LIMIT 1", rs -> 1,
                    number(customer), i.at().toString(), i.channel().name(), i.direction().toString(), i.outcome().toString(),
                    i.kind().toString(), i.note()).isEmpty();
        }

        @Override
        public void add(Party customer, Interaction i) {
            long no = number(customer);
            if (bulk) {
                queue(no, i);
            } else {
                db.update("import a contact", INSERT_BY_NUMBER,
                        no, i.at().toString(), i.channel().name(), i.direction().toString(), i.outcome().toString(),
                        i.kind().toString(), i.note(), i.satisfaction(), i.loggedBy(), i.answers());
            }
            touched.add(no);
        }

        private void queue(long no, Interaction i) {
            try {
                java.sql.PreparedStatement st = db.prepare(INSERT_BY_NUMBER);
                int k = 1;
                st.setLong(k++, no);
                st.setString(k++, i.at().toString());
                st.setString(k++, i.channel().name());
                st.setString(k++, i.direction().toString());
                st.setString(k++, i.outcome().toString());
                st.setString(k++, i.kind().toString());
                st.setString(k++, i.note());
                if (i.satisfaction().isPresent()) {
                    st.setInt(k++, i.satisfaction().get());
                } else {
                    st.setNull(k++, java.sql.Types.INTEGER);
                }
                st.setString(k++, i.loggedBy());
                st.setNull(k, java.sql.Types.INTEGER);
                st.addBatch();
                if (++queued == 1000) {
                    flush();
                }
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, db.name(), "import a contact");
            }
        }

        private void flush() throws SQLException {
            db.prepare(INSERT_BY_NUMBER).executeBatch();
            queued = 0;
        }

        @Override
        public dev.rapport.app.CustomerSet touched() {
            return touched;
        }

        @Override
        public void close() {
            if (!bulk) {
                return;
            }
            try {
                flush();
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, db.name(), "import contacts");
            }
            bulkLoads.createIndexes(Schema.INTERACTION_BULK_INDEXES);
        }
    }

    /** The number of a customer this package's writer found. */
    private static long number(Party customer) {
        if (customer instanceof SqliteCustomerStore.Numbered numbered) {
            return numbered.number();
        }
        throw new IllegalArgumentException("a customer found by another storage: " + customer.getClass().getName());
    }

    @Override
    public Map<Channel, LocalDate> lastContacts(String customerId) {
        Map<Channel, LocalDate> last = new HashMap<>();
        db.each("read the history of " + customerId,
                // With max(), SQLite takes the bare id from the row of the latest contact: a damaged one is named.
                "SELECT channel, max(at), id FROM interaction WHERE customer_no = (SELECT customer_no FROM customer WHERE id = ?)"
                        + " AND outcome IN (" + CLOCK_RESTARTING.marks() + ") AND deleted = 0 GROUP BY channel",
                rs -> {
                    long id = rs.getLong(3);
                    StoredRow row = new StoredRow(rs, "interaction", () -> id + " (customer " + customerId + ")");
                    last.put(row.read(1, "channel", Channel::new), row.day(2, "at"));
                },
                CLOCK_RESTARTING.after(customerId));
        return last;
    }

    @Override
    public List<Interaction> after(String customerId, LocalDateTime at) {
        return db.query("read the history of " + customerId,
                "SELECT " + COLUMNS + " FROM interaction i JOIN customer c ON c.customer_no = i.customer_no"
                        + " WHERE c.id = ? AND i.at > ? AND i.deleted = 0 ORDER BY i.at, i.id",
                SqliteInteractionStore::map, customerId, at.toString());
    }

    private static final String LATEST = "SELECT " + COLUMNS
            + " FROM interaction i JOIN customer c ON c.customer_no = i.customer_no WHERE c.id = ? AND i.deleted = 0";

    @Override
    public List<Interaction> latest(String customerId, Selection selection, int limit) {
        StringBuilder sql = new StringBuilder(LATEST);
        if (selection.kind().isPresent()) {
            sql.append(" AND i.kind = ?");
        }
        if (selection.rated()) {
            sql.append(" AND i.satisfaction IS NOT NULL");
        }
        sql.append(" ORDER BY i.at DESC, i.id DESC LIMIT ?");
        Object[] args = selection.kind().isPresent()
                ? new Object[] {customerId, selection.kind().get().toString(), limit}
                : new Object[] {customerId, limit};
        return db.query("read the history of " + customerId, sql.toString(), SqliteInteractionStore::map, args);
    }

    @Override
    public void forEach(Consumer<Interaction> sink) {
        db.each("read the history", "SELECT " + COLUMNS + " FROM interaction i JOIN customer c ON c.customer_no = i.customer_no"
                + " WHERE i.deleted = 0 ORDER BY c.id, i.at, i.id", rs -> sink.accept(map(rs)));
    }

    @Override
    public long count() {
        return db.query("count contacts", "SELECT count(*) FROM interaction WHERE deleted = 0", rs -> rs.getLong(1)).get(0);
    }

    @Override
    public Optional<Interaction> find(long id) {
        return db.query("read contact #" + id, "SELECT " + COLUMNS + " FROM interaction i JOIN customer c ON c.customer_no = i.customer_no"
                + " WHERE i.id = ? AND i.deleted = 0", SqliteInteractionStore::map, id).stream().findFirst();
    }

    @Override
    public boolean isDeleted(long id) {
        return !db.query("read contact #" + id, "SELECT 1 FROM interaction WHERE id = ? AND deleted != 0", rs -> 1, id).isEmpty();
    }

    @Override
    public void update(Interaction i) {
        db.update("correct contact #" + i.id(), "UPDATE interaction SET customer_no = (SELECT customer_no FROM customer WHERE id = ?),"
                        + " at = ?, channel = ?, direction = ?, outcome = ?, kind = ?, note = ?, satisfaction = ?, logged_by = ?, answers = ?"
                        + " WHERE id = ? AND deleted = 0",
                i.customerId(), i.at().toString(), i.channel().name(), i.direction().toString(), i.outcome().toString(),
                i.kind().toString(), i.note(), i.satisfaction(), i.loggedBy(), i.answers(), i.id());
    }

    @Override
    public void delete(long id) {
        db.update("delete contact #" + id, "UPDATE interaction SET deleted = 1 WHERE id = ? AND deleted = 0", id);
    }

    @Override
    public List<Interaction> of(String customerId) {
        return db.query("read the history of " + customerId,
                "SELECT " + COLUMNS + " FROM interaction i JOIN customer c ON c.customer_no = i.customer_no"
                        + " WHERE c.id = ? AND i.deleted = 0 ORDER BY i.at, i.id",
                SqliteInteractionStore::map, customerId);
    }

    @Override
    public void forgetAnswers(long obligationId) {
        db.update("forget the answers to #" + obligationId, "UPDATE interaction SET answers = NULL WHERE answers = ?", obligationId);
    }

    /**
     * A customer's history, newest first, each contact with what it opened and closed: the
     * obligations whose source it is (a complaint's follow-up names the complaint's contact as its
     * source, but the resolution opened it) and those it closed, as {@code id type;id type}.
     */
    private static final String HISTORY = "SELECT " + COLUMNS + ","
            + " (SELECT group_concat(o.id || ' ' || o.type, ';' ORDER BY o.id) FROM obligation o WHERE o.source = i.id AND o.complaint IS NULL),"
            + " (SELECT group_concat(o.id || ' ' || o.type, ';' ORDER BY o.id) FROM obligation o WHERE o.closed_by = i.id)"
            + " FROM interaction i JOIN customer c ON c.customer_no = i.customer_no"
            + " WHERE i.customer_no = (SELECT customer_no FROM customer WHERE id = ?) AND i.deleted = 0";
    private static final int OPENED_COLUMN = COLUMNS.split(",").length + 1;

    @Override
    public void history(String customerId, HistoryFilter filter, Consumer<HistoryEntry> sink) {
        StringBuilder sql = new StringBuilder(HISTORY);
        List<Object> args = new java.util.ArrayList<>();
        args.add(customerId);
        filter.channel().ifPresent(k -> {
            sql.append(" AND i.channel = ?");
            args.add(k.name());
        });
        filter.kind().ifPresent(k -> {
            sql.append(" AND i.kind = ?");
            args.add(k.toString());
        });
        filter.from().ifPresent(d -> {
            sql.append(" AND i.at >= ?");
            args.add(d.toString());
        });
        filter.to().ifPresent(d -> {
            sql.append(" AND i.at < ?"); // up to the end of the day: the next day's start
            args.add(d.plusDays(1).toString());
        });
        sql.append(" ORDER BY i.at DESC, i.id DESC LIMIT ?");
        args.add(filter.limit());
        db.each("read the history of " + customerId, sql.toString(),
                rs -> sink.accept(new HistoryEntry(map(rs), touched(rs, OPENED_COLUMN, customerId), touched(rs, OPENED_COLUMN + 1, customerId))),
                args.toArray());
    }

    /** From the index of the few deleted contacts to what refers to them. */
    private static final String REMNANTS = "SELECT 'obligation #' || o.id, 'opened', i.id FROM interaction i"
            + " JOIN obligation o ON o.source = i.id WHERE i.deleted != 0"
            + " UNION ALL SELECT 'obligation #' || o.id, 'closed', i.id FROM interaction i"
            + " JOIN obligation o ON o.closed_by = i.id WHERE i.deleted != 0"
            + " UNION ALL SELECT 'the plan of ' || c.id || CASE p.channel WHEN '' THEN '' ELSE ' for ' || p.channel END,"
            + " 'fulfilled', i.id FROM interaction i JOIN contact_plan p ON p.fulfilled_by = i.id"
            + " JOIN customer c ON c.customer_no = p.customer_no WHERE i.deleted != 0";

    @Override
    public void remnantsOfDeleted(Consumer<Remnant> sink) {
        db.each("look for what refers to deleted contacts", REMNANTS,
                rs -> sink.accept(new Remnant(rs.getString(1), rs.getString(2), rs.getLong(3))));
    }

    /** The obligations listed in {@code column} as {@code id type;id type}, each type read as its row's. */
    private static List<Touched> touched(ResultSet rs, int column, String customerId) throws SQLException {
        String list = rs.getString(column);
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<Touched> touched = new java.util.ArrayList<>();
        for (String item : list.split(";")) {
            int space = item.indexOf(' ');
            long id = Long.parseLong(item.substring(0, space));
            StoredRow row = new StoredRow(rs, "obligation", () -> id + " (customer " + customerId + ")");
            touched.add(new Touched(id, row.value("type", item.substring(space + 1), ObligationType::parse)));
        }
        return touched;
    }

    /** One row of {@link #COLUMNS}, one contact. */
    static Interaction map(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        String customer = rs.getString(2);
        StoredRow row = new StoredRow(rs, "interaction", () -> id + " (customer " + customer + ")");
        LocalDateTime at = row.dateTime(3, "at");
        Channel channel = row.read(4, "channel", Channel::new);
        Direction direction = row.read(5, "direction", Direction::parse);
        Outcome outcome = row.read(6, "outcome", Outcome::parse);
        ContactKind kind = row.read(7, "kind", ContactKind::parse);
        Optional<Integer> satisfaction = row.satisfaction(9, "satisfaction");
        Optional<Long> answers = row.optionalNumber(11, "answers");
        String note = rs.getString(8);
        String loggedBy = rs.getString(10);
        // The one rule of a whole contact: an outbound one is not received, an inbound one not sent.
        return row.build("outcome", () -> outcome.toString(), () -> new Interaction(id, customer, at, channel, direction,
                outcome, kind, note, satisfaction, loggedBy, answers));
    }
}
