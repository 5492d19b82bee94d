package dev.rapport.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.CheckTallies;
import dev.rapport.app.Planner;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.CoverageReport;
import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.Direction;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.Outcome;
import dev.rapport.domain.Policy;
import dev.rapport.domain.ReportGroup;
import dev.rapport.domain.Shift;
import dev.rapport.domain.Status;
import dev.rapport.domain.WorkCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tallies the reports read are kept by triggers on every write path: bulk import, single add,
 * contacts imported and logged, edits of tier, owner and status, and replans. After each, they
 * equal a recount from the customers and their contacts, which is what {@code rapport check} compares.
 */
class SqliteReportStoreTest {

    private static final LocalDate SINCE = LocalDate.of(2026, 1, 5);

    private SqliteStorage db;
    private Planner planner;

    @BeforeEach
    void open() {
        db = SqliteStorage.inMemory();
        planner = new Planner(db, Policy.reference());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Customer customer(String id, String tier, String owner) {
        return Customer.builder(id, "Customer " + id, tier, SINCE).owner(owner).build();
    }

    private static Interaction contact(String customer, String at, Channel channel, Direction direction, Outcome outcome,
                                       Integer satisfaction) {
        return new Interaction(0, customer, LocalDateTime.parse(at), channel, direction, outcome, ContactKind.ROUTINE, "",
                Optional.ofNullable(satisfaction), "", Optional.empty());
    }

    private void imported(Customer... customers) {
        db.inTransaction(() -> {
            try (var added = db.customers().newCustomers()) {
                for (Customer c : customers) {
                    List<String> fields = new ArrayList<>();
                    for (CustomerField f : CustomerField.values()) {
                        fields.add(f.read(c));
                    }
                    added.add(c, fields, planner.computeNew(c));
                }
            }
        });
    }

    private void edited(Customer changed) {
        db.inTransaction(() -> {
            db.customers().update(changed);
            planner.replan(changed);
        });
    }

    private List<CheckTallies.Difference> differences() {
        return new CheckTallies(dev.rapport.app.Workspace.of(db, Policy.reference(), java.time.LocalDate.of(2026, 1, 1))).differences();
    }

    /** The coverage tally by tier: "tier/next due/contacted or never: customers". */
    private List<String> coverage() {
        return coverage(ReportGroup.TIER);
    }

    private List<String> coverage(ReportGroup by) {
        return db.reports().coverage(by).stream().map(t -> t.group() + "/" + t.nextDue().map(LocalDate::toString).orElse("")
                + "/" + (t.contacted() ? "contacted" : "never") + ": " + t.customers()).sorted().toList();
    }

    /** A small book: two customers of Anna's (one called in October), one paused, one without owner. */
    private void book() {
        imported(
                customer("A1", "key", "anna").toBuilder().lastContacts(Map.of("*", LocalDate.of(2026, 10, 21))).build(),
                customer("A2", "ordinary", "anna"),
                customer("B1", "small", "bernd").toBuilder().status(Status.PAUSED).build(),
                customer("B2", "major", ""));
    }

    @Test
    void an_empty_database_has_empty_tallies_that_agree_with_it() {
        assertThat(db.reports().coverage(ReportGroup.TIER)).isEmpty();
        assertThat(db.reports().activity(LocalDate.MIN, LocalDate.MAX, Optional.empty())).isEmpty();
        assertThat(differences()).isEmpty();
    }

    @Test
    void an_import_counts_the_active_customers_by_their_first_planned_contact() {
        book();
        // A1: call 2026-11-21 (a Saturday) → Monday 2026-11-23; A2 and B2 never contacted: due since.
        assertThat(coverage()).containsExactly(
                "key/2026-11-23/contacted: 1",
                "major/2026-01-05/never: 1",
                "ordinary/2026-01-05/never: 1");
        assertThat(coverage(ReportGroup.OWNER)).containsExactly(
                "/2026-01-05/never: 1",
                "anna/2026-01-05/never: 1",
                "anna/2026-11-23/contacted: 1");
        assertThat(differences()).isEmpty();
    }

    @Test
    void a_customer_added_alone_and_planned_afterwards_is_counted_once_under_its_plan() {
        db.inTransaction(() -> {
            Customer c = customer("C1", "key", "anna");
            db.customers().insert(c);
            planner.planNew(c);
        });
        assertThat(coverage()).containsExactly("key/2026-01-05/never: 1");
        assertThat(differences()).isEmpty();
    }

    @Test
    void imported_and_logged_contacts_are_tallied_per_day_channel_and_direction_and_mark_the_customer_contacted() {
        book();
        db.inTransaction(() -> {
            try (var added = db.interactions().newInteractions()) {
                added.add(added.customer("A2").orElseThrow(),
                        contact("A2", "2026-10-05T10:00", Channel.CALL, Direction.OUT, Outcome.REACHED, 4));
                added.add(added.customer("B2").orElseThrow(),
                        contact("B2", "2026-10-05T11:00", Channel.CALL, Direction.IN, Outcome.MISSED, null));
                added.add(added.customer("A1").orElseThrow(),
                        contact("A1", "2026-11-02T09:30", Channel.EMAIL, Direction.IN, Outcome.RECEIVED, 2));
            }
            planner.replanAll(Optional.empty(), n -> { });
        });
        assertThat(differences()).isEmpty();
        assertThat(db.reports().activity(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30), Optional.empty()))
                .extracting(t -> t.day() + " " + t.channel() + " " + t.direction() + " " + t.contacts())
                .containsExactlyInAnyOrder("2026-10-05 call out 1", "2026-10-05 call in 1", "2026-11-02 email in 1");
        // A missed call does not count: B2 is still never contacted. A2 is now, though its
        // visit is still due from the day it was added.
        assertThat(coverage()).containsExactly(
                "key/2026-11-23/contacted: 1",
                "major/2026-01-05/never: 1",
                "ordinary/2026-01-05/contacted: 1");

        db.inTransaction(() -> {
            db.interactions().insert(contact("B2", "2026-11-23T09:00", Channel.VISIT, Direction.OUT, Outcome.REACHED, 5));
            planner.replan(db.customers().find("B2").orElseThrow());
        });
        assertThat(differences()).isEmpty();
        assertThat(db.reports().satisfaction(YearMonth.of(2026, 1), YearMonth.of(2026, 12)))
                .extracting(t -> t.month() + " " + t.tier() + "/" + t.owner() + " " + t.responses() + " " + t.total())
                .containsExactlyInAnyOrder("2026-10 ordinary/anna 1 4", "2026-11 key/anna 1 2", "2026-11 major/ 1 5");
        assertThat(db.reports().activity(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23), Optional.of(Channel.CALL))).isEmpty();
    }

    @Test
    void a_change_of_tier_or_owner_moves_the_customer_and_leaves_satisfaction_where_it_was_given() {
        book();
        db.inTransaction(() -> db.interactions().insert(contact("A1", "2026-11-02T09:30", Channel.CALL, Direction.OUT, Outcome.REACHED, 3)));
        edited(db.customers().find("A1").orElseThrow().toBuilder().tier("major").owner("bernd").build());
        assertThat(differences()).isEmpty();
        assertThat(coverage()).contains("major/2027-02-02/contacted: 1").noneMatch(r -> r.startsWith("key/"));
        assertThat(coverage(ReportGroup.OWNER)).contains("bernd/2027-02-02/contacted: 1", "anna/2026-01-05/never: 1")
                .noneMatch(r -> r.startsWith("anna/2027"));
        assertThat(db.reports().satisfaction(YearMonth.of(2026, 11), YearMonth.of(2026, 11)))
                .extracting(t -> t.tier() + "/" + t.owner()).containsExactly("key/anna");
    }

    @Test
    void archiving_or_pausing_takes_a_customer_out_and_resuming_brings_it_back() {
        book();
        edited(db.customers().find("A2").orElseThrow().toBuilder().status(Status.ARCHIVED).build());
        assertThat(differences()).isEmpty();
        assertThat(coverage()).noneMatch(r -> r.startsWith("ordinary/"));
        edited(db.customers().find("B1").orElseThrow().toBuilder().status(Status.ACTIVE).build());
        edited(db.customers().find("B2").orElseThrow().toBuilder().status(Status.PAUSED).build());
        assertThat(differences()).isEmpty();
        assertThat(coverage()).containsExactly("key/2026-11-23/contacted: 1", "small/2026-01-05/never: 1");
    }

    @Test
    void a_replan_for_a_changed_calendar_moves_the_dates_in_the_tally() {
        book();
        WorkCalendar everyDay = new WorkCalendar(EnumSet.allOf(DayOfWeek.class), new TreeSet<>(), Shift.NEXT);
        Policy sevenDays = Policy.reference().withCalendar(everyDay);
        db.inTransaction(() -> new Planner(db, sevenDays).replanAll(Optional.empty(), n -> { }));
        assertThat(differences()).isEmpty();
        assertThat(coverage()).contains("key/2026-11-21/contacted: 1");
    }

    @Test
    void check_finds_a_tally_row_that_is_off_missing_or_left_over() throws Exception {
        book();
        db.inTransaction(() -> db.interactions().insert(contact("A1", "2026-11-02T09:30", Channel.CALL, Direction.OUT, Outcome.REACHED, 3)));
        db.statements().execute("UPDATE coverage_tally SET customers = customers + 1 WHERE tier = 'major'");
        db.statements().execute("DELETE FROM activity_tally");
        db.statements().execute("INSERT INTO satisfaction_tally VALUES ('2020-01', 'key', 'anna', 1, 5)");
        assertThat(differences()).containsExactly(
                new CheckTallies.Difference("coverage", "tier=major owner= next_due=2026-01-05 contacted=0", "customers=2", "customers=1"),
                new CheckTallies.Difference("satisfaction", "month=2020-01", "responses=1 total=5", ""),
                new CheckTallies.Difference("activity", "day=2026-11-02 channel=call direction=out", "", "contacts=1"));
    }

    @Test
    void reports_skip_tally_rows_left_at_zero() throws Exception {
        book();
        edited(db.customers().find("B2").orElseThrow().toBuilder().owner("carla").build());
        try (var st = db.statements().connection().createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM coverage_tally WHERE customers = 0")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        assertThat(db.reports().coverage(ReportGroup.TIER)).extracting(CoverageReport.Tally::customers).containsOnly(1L);
        assertThat(coverage(ReportGroup.OWNER)).noneMatch(r -> r.startsWith("/"));
    }
}
