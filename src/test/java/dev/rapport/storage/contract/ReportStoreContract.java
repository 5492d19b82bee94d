package dev.rapport.storage.contract;

import dev.rapport.app.Workspace;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.CheckTallies;
import dev.rapport.app.Planner;
import dev.rapport.app.ReportStore;
import dev.rapport.domain.ActivityReport;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.Customer;
import dev.rapport.domain.Direction;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Outcome;
import dev.rapport.domain.ReportGroup;
import dev.rapport.domain.SatisfactionReport;
import dev.rapport.domain.Status;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportStore}: the tallies the reports read. They must follow every write through the
 * ports (contacts logged, corrected and deleted, customers added and edited, plans stored),
 * whatever keeps them: triggers, the store's own code or a recount.
 */
abstract class ReportStoreContract extends PortContract {

    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

    private List<String> activity(LocalDate from, LocalDate to, Optional<Channel> channel) {
        return db.reports().activity(from, to, channel).stream()
                .map(t -> t.day() + " " + t.channel() + " " + t.direction() + " " + t.contacts()).sorted().toList();
    }

    private List<String> allActivity() {
        return activity(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), Optional.empty());
    }

    private List<String> satisfaction() {
        return db.reports().satisfaction(YearMonth.of(2000, 1), YearMonth.of(2100, 1)).stream()
                .map(t -> t.month() + " " + t.tier() + "/" + t.owner() + " " + t.responses() + " " + t.total()).sorted().toList();
    }

    /** The coverage tally: "group/next due/contacted or never: customers". */
    private List<String> coverage(ReportGroup by) {
        return db.reports().coverage(by).stream().map(t -> t.group() + "/" + t.nextDue().map(LocalDate::toString).orElse("")
                + "/" + (t.contacted() ? "contacted" : "never") + ": " + t.customers()).sorted().toList();
    }

    private static Interaction rated(String customerId, LocalDateTime at, int satisfaction) {
        return new Interaction(0, customerId, at, Channel.CALL, Direction.OUT, Outcome.REACHED, ContactKind.FEEDBACK, "",
                Optional.of(satisfaction), "anna", Optional.empty());
    }

    /** Logs the contact and plans its customer again, as {@code rapport log} does. */
    private Interaction logged(Interaction contact) {
        Interaction stored = log(contact);
        replan(contact.customerId());
        return stored;
    }

    private void replan(String customerId) {
        write(() -> {
            new Planner(db, POLICY).replan(db.customers().find(customerId).orElseThrow());
        });
    }

    private void edit(Customer changed) {
        write(() -> {
            db.customers().update(changed);
            new Planner(db, POLICY).replan(changed);
        });
    }

    private List<CheckTallies.Difference> differences() {
        return new CheckTallies(Workspace.of(db, dev.rapport.domain.Policy.reference(), java.time.LocalDate.of(2026, 1, 1))).differences();
    }

    @Test
    void an_empty_database_has_empty_tallies() {
        assertThat(db.reports().coverage(ReportGroup.TIER)).isEmpty();
        assertThat(db.reports().coverage(ReportGroup.OWNER)).isEmpty();
        assertThat(allActivity()).isEmpty();
        assertThat(satisfaction()).isEmpty();
        assertThat(db.reports().complaints(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))).isEmpty();
        List<ReportStore.TallyRow> stored = new ArrayList<>();
        db.reports().storedTallies(stored::add);
        assertThat(stored).isEmpty();
        assertThat(differences()).isEmpty();
    }

    @Test
    void contacts_are_counted_per_day_channel_and_direction_from_the_first_day_to_the_last_both_included() {
        add("C1");
        add("C2");
        log(call("C1", NOV_1.atTime(0, 0)));
        log(call("C2", NOV_1.atTime(23, 59, 59)));
        log(contact("C1", NOV_1.atTime(10, 0), Channel.CALL, Direction.IN, Outcome.MISSED));
        log(contact("C1", NOV_1.plusDays(1).atTime(8, 0), Channel.EMAIL, Direction.IN, Outcome.RECEIVED));
        log(call("C1", NOV_1.minusDays(1).atTime(23, 59)));
        log(call("C1", NOV_1.plusDays(2).atTime(0, 0)));

        assertThat(activity(NOV_1, NOV_1.plusDays(1), Optional.empty()))
                .containsExactly("2026-11-01 call in 1", "2026-11-01 call out 2", "2026-11-02 email in 1");
        assertThat(activity(NOV_1, NOV_1.plusDays(1), Optional.of(Channel.EMAIL))).containsExactly("2026-11-02 email in 1");
        assertThat(activity(NOV_1, NOV_1.plusDays(1), Optional.of(Channel.VISIT))).isEmpty();
        assertThat(differences()).isEmpty();
    }

    @Test
    void a_deleted_contact_is_counted_no_more_and_a_tally_left_at_nothing_is_not_reported() {
        add("C1");
        Interaction kept = log(call("C1", NOV_1.atTime(9, 0)));
        Interaction deleted = log(rated("C1", NOV_1.atTime(10, 0), 2));
        Interaction alone = log(contact("C1", NOV_1.plusDays(1).atTime(9, 0), Channel.EMAIL, Direction.OUT, Outcome.SENT));

        write(() -> {
            db.interactions().delete(deleted.id());
            db.interactions().delete(alone.id());
        });

        assertThat(allActivity()).containsExactly("2026-11-01 call out 1");
        assertThat(satisfaction()).isEmpty();
        assertThat(differences()).isEmpty();
        assertThat(kept.id()).isPositive();
    }

    @Test
    void a_corrected_contact_is_counted_on_its_new_day_channel_and_direction_with_its_new_satisfaction() {
        add("C1");
        Interaction wrong = log(rated("C1", NOV_1.atTime(9, 0), 2));

        write(() -> db.interactions().update(new Interaction(wrong.id(), "C1", NOV_1.plusMonths(1).atTime(9, 0), Channel.VISIT,
                Direction.IN, Outcome.REACHED, ContactKind.FEEDBACK, "", Optional.of(5), "anna", Optional.empty())));

        assertThat(allActivity()).containsExactly("2026-12-01 visit in 1");
        assertThat(satisfaction()).containsExactly("2026-12 key/ 1 5");
        assertThat(differences()).isEmpty();
    }

    @Test
    void satisfaction_is_summed_per_month_under_the_tier_and_owner_the_customer_had_when_it_was_given() {
        add(customer("C1").toBuilder().owner("anna").build());
        add(customer("C2").toBuilder().tier("small").owner("anna").build());
        log(rated("C1", LocalDateTime.of(2026, 10, 5, 9, 0), 4));
        log(rated("C1", LocalDateTime.of(2026, 10, 20, 9, 0), 2));
        log(rated("C2", LocalDateTime.of(2026, 10, 21, 9, 0), 5));
        log(call("C2", LocalDateTime.of(2026, 10, 22, 9, 0)));
        edit(db.customers().find("C1").orElseThrow().toBuilder().tier("major").owner("bernd").build());
        log(rated("C1", LocalDateTime.of(2026, 11, 2, 9, 0), 3));

        assertThat(satisfaction()).containsExactly("2026-10 key/anna 2 6", "2026-10 small/anna 1 5", "2026-11 major/bernd 1 3");
        assertThat(db.reports().satisfaction(YearMonth.of(2026, 11), YearMonth.of(2026, 11))).hasSize(1);
        assertThat(differences()).isEmpty();
    }

    @Test
    void coverage_counts_the_active_customers_by_tier_or_owner_earliest_planned_contact_and_whether_one_ever_got_through() {
        add(customer("A1").toBuilder().owner("anna").build());
        add(customer("A2").toBuilder().tier("ordinary").owner("anna").build());
        add(customer("B1").toBuilder().tier("small").owner("bernd").status(Status.PAUSED).build());
        add(customer("B2").toBuilder().tier("major").owner("bernd").status(Status.ARCHIVED).build());
        add(customer("X1").toBuilder().tier("major").build());
        logged(call("A1", MONDAY));
        logged(contact("X1", MONDAY, Channel.CALL, Direction.IN, Outcome.MISSED));

        // A1: key, call 1 month after the call (23 Dec), its visit still due since it was added.
        assertThat(coverage(ReportGroup.TIER)).containsExactly(
                "key/2026-01-05/contacted: 1",
                "major/2026-01-05/never: 1",
                "ordinary/2026-01-05/never: 1");
        assertThat(coverage(ReportGroup.OWNER)).containsExactly(
                "/2026-01-05/never: 1",
                "anna/2026-01-05/contacted: 1",
                "anna/2026-01-05/never: 1");
        assertThat(differences()).isEmpty();
    }

    @Test
    void coverage_follows_a_customers_plan_and_status_as_they_change() {
        add("C1");
        write(() -> db.schedule().replace("C1", List.of()));
        assertThat(coverage(ReportGroup.TIER)).containsExactly("key//never: 1");

        replan("C1");
        edit(db.customers().find("C1").orElseThrow().toBuilder().tier("small").build());
        assertThat(coverage(ReportGroup.TIER)).containsExactly("small/2026-01-05/never: 1");

        edit(db.customers().find("C1").orElseThrow().toBuilder().status(Status.ARCHIVED).build());
        assertThat(coverage(ReportGroup.TIER)).isEmpty();
        assertThat(differences()).isEmpty();
    }

    @Test
    void a_customer_whose_only_contact_that_got_through_is_deleted_was_never_contacted() {
        add("C1");
        Interaction only = logged(call("C1", MONDAY));
        logged(contact("C1", MONDAY.plusHours(1), Channel.CALL, Direction.OUT, Outcome.VOICEMAIL));
        assertThat(coverage(ReportGroup.TIER)).allMatch(row -> row.contains("/contacted"));

        write(() -> db.interactions().delete(only.id()));
        replan("C1");

        assertThat(coverage(ReportGroup.TIER)).containsExactly("key/2026-01-05/never: 1");
        assertThat(differences()).isEmpty();
    }

    @Test
    void a_customer_imported_with_a_last_contact_counts_as_contacted() {
        add(customer("C1").toBuilder().lastContacts(Map.of(Customer.ALL_CHANNELS, LocalDate.of(2026, 10, 21))).build());

        assertThat(coverage(ReportGroup.TIER)).singleElement().asString().endsWith("/contacted: 1");
        assertThat(differences()).isEmpty();
    }

    @Test
    void complaints_opened_from_the_first_day_to_the_last_are_listed_with_their_customers_tier_and_owner() {
        add(customer("C1").toBuilder().owner("anna").build());
        LocalDate due = NOV_1.plusDays(7);
        open(Obligation.open("C1", ObligationType.RESOLVE, Channel.CALL, NOV_1.atTime(0, 0), due, "", Optional.empty(),
                Optional.of(new Obligation.Escalation(NOV_1.plusDays(3), "manager"))));
        Obligation resolved = open(Obligation.open("C1", ObligationType.RESOLVE, Channel.CALL, NOV_1.plusDays(1).atTime(23, 59, 59),
                due, "", Optional.empty(), Optional.empty()));
        write(() -> db.obligations().close(resolved.id(), NOV_1.plusDays(4), "done", Optional.empty()));
        open(Obligation.open("C1", ObligationType.RESOLVE, Channel.CALL, NOV_1.plusDays(2).atTime(0, 0), due, "", Optional.empty(),
                Optional.empty()));
        open(Obligation.open("C1", ObligationType.RESOLVE, Channel.CALL, NOV_1.minusDays(1).atTime(23, 59), due, "", Optional.empty(),
                Optional.empty()));
        open(obligation("C1", ObligationType.CALLBACK, NOV_1.atTime(9, 0), due));

        assertThat(db.reports().complaints(NOV_1, NOV_1.plusDays(1))).containsExactlyInAnyOrder(
                new SatisfactionReport.Complaint("key", "anna", NOV_1, due, Optional.empty(), Optional.of(NOV_1.plusDays(3))),
                new SatisfactionReport.Complaint("key", "anna", NOV_1.plusDays(1), due, Optional.of(NOV_1.plusDays(4)), Optional.empty()));
    }

    @Test
    void the_stored_tallies_agree_with_a_recount_after_every_kind_of_write() {
        add(customer("C1").toBuilder().owner("anna").build());
        add(customer("C2").toBuilder().tier("small").build());
        Interaction a = logged(rated("C1", MONDAY.minusDays(10), 4));
        Interaction b = logged(contact("C2", MONDAY.minusDays(3), Channel.EMAIL, Direction.IN, Outcome.RECEIVED));
        logged(rated("C2", MONDAY, 1));
        write(() -> db.interactions().update(new Interaction(b.id(), "C1", b.at().minusDays(40), Channel.LETTER, Direction.IN,
                Outcome.RECEIVED, ContactKind.NEEDS, "", Optional.of(3), "anna", Optional.empty())));
        replan("C1");
        replan("C2");
        write(() -> db.interactions().delete(a.id()));
        replan("C1");
        edit(db.customers().find("C2").orElseThrow().toBuilder().owner("bernd").status(Status.PAUSED).build());

        List<ReportStore.TallyRow> stored = new ArrayList<>();
        db.reports().storedTallies(stored::add);
        assertThat(stored).extracting(ReportStore.TallyRow::tally).contains("coverage", "activity", "satisfaction");
        assertThat(differences()).isEmpty();
        assertThat(db.reports().activity(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), Optional.empty()))
                .extracting(ActivityReport.Tally::contacts).containsOnly(1L);
    }
}
