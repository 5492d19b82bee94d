package dev.rapport.storage.contract;

import dev.rapport.app.Workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.CheckTallies;
import dev.rapport.app.DamagedRow;
import dev.rapport.app.Journal;
import dev.rapport.app.Planner;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ComplaintEvent;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.ContactPlan;
import dev.rapport.domain.Customer;
import dev.rapport.domain.Direction;
import dev.rapport.domain.FeedEvent;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Outcome;
import dev.rapport.domain.ReportGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link dev.rapport.app.Storage#inTransaction}: a unit of work is kept whole when it returns and
 * not at all when it throws, in every table; a unit of work inside another is part of it.
 */
abstract class TransactionContract extends PortContract {

    /** Everything the ports read, as text: what a throwing unit of work must leave as it was. */
    private String everything() {
        StringBuilder text = new StringBuilder();
        text.append(db.customers().list(dev.rapport.app.CustomerQuery.ALL)).append('\n');
        db.interactions().forEach(c -> text.append(c).append('\n'));
        for (Customer c : db.customers().list(dev.rapport.app.CustomerQuery.ALL)) {
            text.append(db.obligations().of(c.id())).append('\n');
            for (Obligation o : db.obligations().of(c.id())) {
                text.append(db.complaints().events(o.id())).append('\n');
            }
            text.append(db.plans().all(c.id())).append('\n');
            text.append(new java.util.TreeMap<>(db.schedule().snoozes(c.id()))).append('\n');
            text.append(new java.util.TreeMap<>(db.schedule().of(c.id()))).append('\n');
        }
        text.append(db.schedule().planFingerprint()).append('\n');
        text.append(db.reports().coverage(ReportGroup.TIER)).append('\n');
        text.append(db.reports().activity(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), Optional.empty())).append('\n');
        text.append(db.reports().satisfaction(YearMonth.of(2000, 1), YearMonth.of(2100, 1))).append('\n');
        text.append(db.journal().latest(100)).append('\n');
        try (var export = db.feeds().begin("feed")) {
            export.eachLeftOut(e -> text.append(e).append('\n'));
        }
        return text.toString();
    }

    /** A unit of work that writes through every port, then fails. */
    private void writeEverywhereAndFail(Interaction standing, Obligation open) {
        Customer added = customer("C2");
        db.customers().insert(added);
        new Planner(db, POLICY).planNew(added);
        db.customers().update(db.customers().find("C1").orElseThrow().toBuilder().name("Umbenannt").build());
        long contact = db.interactions().insert(new Interaction(0, "C1", MONDAY, Channel.CALL, Direction.IN, Outcome.REACHED,
                ContactKind.COMPLAINT, "", Optional.of(1), "anna", Optional.empty()));
        db.interactions().update(new Interaction(standing.id(), "C2", standing.at(), Channel.VISIT, Direction.OUT, Outcome.REACHED,
                ContactKind.SALE, "moved", Optional.of(5), "bernd", Optional.empty()));
        db.interactions().delete(contact);
        long complaint = db.obligations().insert(Obligation.open("C1", ObligationType.RESOLVE, Channel.CALL, MONDAY,
                MONDAY.toLocalDate().plusDays(5), "", Optional.of(contact), Optional.empty()));
        db.obligations().close(open.id(), MONDAY.toLocalDate(), "done", Optional.of(contact));
        db.complaints().record(complaint, new ComplaintEvent(MONDAY, ComplaintEvent.OPENED, "", "anna"));
        db.plans().put(new ContactPlan("C1", Optional.empty(), "nachfragen", "", Optional.empty(), MONDAY));
        db.schedule().snooze("C1", "*", LocalDate.of(2027, 1, 1));
        new Planner(db, POLICY).replan(db.customers().find("C1").orElseThrow());
        db.schedule().planFingerprint("changed");
        try (var export = db.feeds().begin("feed")) {
            export.note(FeedEvent.first("uid-1", "C1", "fp", MONDAY.toLocalDate(), "Anruf", Instant.parse("2026-11-23T08:00:00Z")));
            export.save();
        }
        db.records().move("C1", "C2");
        throw new IllegalStateException("the work fails at the end");
    }

    @Test
    void a_throwing_unit_of_work_leaves_nothing_in_any_table() {
        add("C1");
        Interaction standing = log(call("C1", MONDAY.minusDays(3)));
        Obligation promise = open(obligation("C1", ObligationType.PROMISE, MONDAY.minusDays(3), MONDAY.toLocalDate()));
        write(() -> {
            new Planner(db, POLICY).replan(db.customers().find("C1").orElseThrow());
        });
        db.journal().attribute(Optional.of(new Journal.Command(MONDAY, "anna", "rapport something")));
        String before = everything();

        assertThatThrownBy(() -> write(() -> writeEverywhereAndFail(standing, promise))).hasMessage("the work fails at the end");

        assertThat(everything()).isEqualTo(before);
        assertThat(db.customers().exists("C2")).isFalse();
        assertThat(db.customers().matching("umbenannt", true, 10)).isEmpty();
        assertThat(new CheckTallies(Workspace.of(db, dev.rapport.domain.Policy.reference(), java.time.LocalDate.of(2026, 1, 1))).differences()).isEmpty();
        assertThat(new Planner(db, POLICY).check(d -> { })).isZero();
    }

    @Test
    void the_caller_gets_the_very_exception_the_unit_of_work_threw() {
        RuntimeException thrown = new IllegalArgumentException("mine");

        assertThatThrownBy(() -> write(() -> {
            add("C1");
            throw thrown;
        })).isSameAs(thrown);
    }

    @Test
    void a_unit_of_work_that_returns_keeps_all_it_wrote_and_hands_back_its_result() {
        String result = write(() -> {
            db.customers().insert(customer("C1"));
            db.interactions().insert(call("C1", MONDAY));
            db.schedule().snooze("C1", "*", LocalDate.of(2027, 1, 1));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(db.customers().exists("C1")).isTrue();
        assertThat(db.interactions().count()).isOne();
        assertThat(db.schedule().snoozes("C1")).containsOnlyKeys("*");
    }

    @Test
    void a_unit_of_work_inside_another_is_part_of_it_and_goes_when_the_outer_one_throws() {
        assertThatThrownBy(() -> write(() -> {
            db.inTransaction(() -> db.customers().insert(customer("C1")));
            db.inTransaction(() -> {
                db.inTransaction(() -> db.customers().insert(customer("C2")));
            });
            assertThat(db.customers().count()).as("seen inside the unit of work").isEqualTo(2);
            throw new IllegalStateException("the outer work fails");
        })).hasMessage("the outer work fails");

        assertThat(db.customers().count()).isZero();
    }

    @Test
    void a_unit_of_work_inside_another_that_throws_takes_the_whole_of_it_with_it() {
        assertThatThrownBy(() -> write(() -> {
            db.customers().insert(customer("C1"));
            db.inTransaction(() -> {
                db.customers().insert(customer("C2"));
                throw new IllegalStateException("the inner work fails");
            });
        })).hasMessage("the inner work fails");

        assertThat(db.customers().count()).isZero();
    }

    @Test
    void units_of_work_inside_another_are_kept_with_it_when_it_returns() {
        write(() -> {
            db.inTransaction(() -> db.customers().insert(customer("C1")));
            db.inTransaction(() -> db.customers().insert(customer("C2")));
        });

        assertThat(db.customers().count()).isEqualTo(2);
    }

    @Test
    void after_a_unit_of_work_failed_the_next_one_is_kept() {
        assertThatThrownBy(() -> write(() -> {
            db.customers().insert(customer("C1"));
            throw new IllegalStateException("fails");
        }));

        add("C1");
        log(call("C1", MONDAY));

        assertThat(db.customers().find("C1")).contains(customer("C1"));
        assertThat(db.interactions().count()).isOne();
    }

    @Test
    void a_unit_of_work_that_fails_in_the_store_itself_leaves_nothing_either() {
        add("C1");

        assertThatThrownBy(() -> write(() -> {
            db.customers().insert(customer("C2"));
            db.interactions().insert(call("C2", MONDAY));
            db.customers().insert(customer("C1")); // taken: the store refuses it
        }));

        assertThat(db.customers().exists("C2")).isFalse();
        assertThat(db.interactions().count()).isZero();
    }

    @Test
    void a_healthy_database_has_no_damaged_rows() {
        add(CustomerStoreContract.everyField());
        add("C1");
        log(call("C1", MONDAY));
        open(obligation("C1", ObligationType.CALLBACK, MONDAY, MONDAY.toLocalDate()));
        List<DamagedRow> damaged = new ArrayList<>();

        db.damagedRows(damaged::add);

        assertThat(damaged).isEmpty();
    }
}
