package dev.rapport.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.Planner;
import dev.rapport.app.ScheduleStore;
import dev.rapport.config.PolicyFile;
import dev.rapport.domain.Channel;
import dev.rapport.domain.NextContact;
import dev.rapport.domain.Period;
import dev.rapport.domain.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ScheduleStore}: the stored next contact dates the agenda reads, and the snoozes that move them. */
abstract class ScheduleStoreContract extends PortContract {

    @BeforeEach
    void fourCustomers() {
        for (String id : List.of("C1", "C2", "C3", "C4")) {
            add(id);
        }
    }

    private static NextContact next(Channel channel, LocalDate due) {
        return new NextContact(channel, due, Period.months(1), Optional.empty(), "", List.of());
    }

    private void plan(String customerId, NextContact... next) {
        write(() -> db.schedule().replace(customerId, List.of(next)));
    }

    private List<ScheduleStore.Due> dueBy(LocalDate until) {
        List<ScheduleStore.Due> due = new ArrayList<>();
        db.schedule().dueBy(until, due::add);
        return due;
    }

    private static String text(ScheduleStore.Due due) {
        return due.customer().id() + " " + due.nextDue() + " " + due.channels().stream()
                .map(s -> s.channel() + "=" + s.due()).toList();
    }

    @Test
    void the_due_dates_stored_for_a_customer_are_read_back_per_channel() {
        plan("C1", next(Channel.CALL, LocalDate.of(2026, 12, 1)), next(Channel.VISIT, LocalDate.of(2027, 3, 1)));

        assertThat(db.schedule().of("C1")).isEqualTo(Map.of("call", LocalDate.of(2026, 12, 1), "visit", LocalDate.of(2027, 3, 1)));
        assertThat(db.schedule().of("C9")).isEmpty();
    }

    @Test
    void a_new_plan_replaces_the_whole_plan_before_it() {
        plan("C1", next(Channel.CALL, LocalDate.of(2026, 12, 1)), next(Channel.VISIT, LocalDate.of(2027, 3, 1)));

        plan("C1", next(Channel.EMAIL, LocalDate.of(2026, 12, 24)));

        assertThat(db.schedule().of("C1")).isEqualTo(Map.of("email", LocalDate.of(2026, 12, 24)));
    }

    @Test
    void a_customer_with_nothing_planned_is_never_due() {
        plan("C1", next(Channel.CALL, LocalDate.of(2026, 1, 1)));

        plan("C1");

        assertThat(db.schedule().of("C1")).isEmpty();
        assertThat(dueBy(LocalDate.of(2099, 1, 1))).extracting(d -> d.customer().id()).doesNotContain("C1");
    }

    @Test
    void due_by_a_day_are_the_customers_with_a_channel_due_on_or_before_it_in_the_order_of_their_earliest_date() {
        plan("C1", next(Channel.CALL, LocalDate.of(2026, 11, 20)), next(Channel.VISIT, LocalDate.of(2026, 12, 15)));
        plan("C2", next(Channel.CALL, LocalDate.of(2026, 11, 10)), next(Channel.EMAIL, LocalDate.of(2026, 11, 23)));
        plan("C3", next(Channel.CALL, LocalDate.of(2026, 11, 24)));
        plan("C4", next(Channel.VISIT, LocalDate.of(2026, 11, 23)));

        List<ScheduleStore.Due> due = dueBy(LocalDate.of(2026, 11, 23));

        assertThat(due).extracting(ScheduleStoreContract::text).containsExactly(
                "C2 2026-11-10 [call=2026-11-10, email=2026-11-23]",
                "C1 2026-11-20 [call=2026-11-20]",
                "C4 2026-11-23 [visit=2026-11-23]");
        assertThat(due.get(0).customer()).isEqualTo(db.customers().find("C2").orElseThrow());
        assertThat(due.get(0).channels()).allSatisfy(s -> assertThat(s.customer().id()).isEqualTo("C2"));
    }

    @Test
    void the_agenda_reads_no_further_once_it_has_what_it_needs() {
        plan("C1", next(Channel.CALL, LocalDate.of(2026, 11, 1)));
        plan("C2", next(Channel.CALL, LocalDate.of(2026, 11, 2)));
        plan("C3", next(Channel.CALL, LocalDate.of(2026, 11, 3)));
        plan("C4");
        List<String> read = new ArrayList<>();

        db.schedule().dueBy(LocalDate.of(2026, 11, 30), d -> {
            read.add(d.customer().id());
            return read.size() < 2;
        });

        assertThat(read).containsExactly("C1", "C2");
    }

    @Test
    void a_snooze_is_kept_per_channel_or_for_all_channels_and_snoozing_again_moves_its_end() {
        write(() -> {
            db.schedule().snooze("C1", "call", LocalDate.of(2026, 12, 1));
            db.schedule().snooze("C1", "*", LocalDate.of(2026, 12, 10));
            db.schedule().snooze("C2", "visit", LocalDate.of(2027, 1, 1));
        });
        write(() -> db.schedule().snooze("C1", "call", LocalDate.of(2026, 12, 24)));

        assertThat(db.schedule().snoozes("C1")).isEqualTo(Map.of("call", LocalDate.of(2026, 12, 24), "*", LocalDate.of(2026, 12, 10)));
        assertThat(db.schedule().snoozes("C2")).isEqualTo(Map.of("visit", LocalDate.of(2027, 1, 1)));
        assertThat(db.schedule().snoozes("C3")).isEmpty();
    }

    @Test
    void unsnoozing_ends_the_snooze_of_one_channel_or_all_of_them_and_says_how_many_ended() {
        write(() -> {
            db.schedule().snooze("C1", "call", LocalDate.of(2026, 12, 1));
            db.schedule().snooze("C1", "visit", LocalDate.of(2026, 12, 1));
            db.schedule().snooze("C1", "*", LocalDate.of(2026, 12, 10));
            db.schedule().snooze("C2", "call", LocalDate.of(2026, 12, 1));
        });

        assertThat(write(() -> db.schedule().unsnooze("C1", Optional.of("email")))).isZero();
        assertThat(write(() -> db.schedule().unsnooze("C1", Optional.of("call")))).isOne();
        assertThat(db.schedule().snoozes("C1")).containsOnlyKeys("visit", "*");
        assertThat(write(() -> db.schedule().unsnooze("C1", Optional.empty()))).isEqualTo(2);
        assertThat(db.schedule().snoozes("C1")).isEmpty();
        assertThat(db.schedule().snoozes("C2")).containsOnlyKeys("call");
    }

    @Test
    void the_fingerprint_of_the_policy_is_absent_at_first_and_then_the_one_stored_last() {
        assertThat(db.schedule().planFingerprint()).isEmpty();

        write(() -> db.schedule().planFingerprint("sha256:abc"));
        write(() -> db.schedule().planFingerprint("sha256:def"));

        assertThat(db.schedule().planFingerprint()).contains("sha256:def");
    }

    @Test
    void a_changed_policy_replans_every_customer_from_its_history_and_snoozes() {
        log(call("C1", MONDAY));
        write(() -> db.schedule().snooze("C2", "*", LocalDate.of(2027, 6, 1)));
        Policy weekly = PolicyFile.parse("weekly.yaml", "tiers: { key: { cadence: { call: 1 week } } }");
        Planner planner = new Planner(db, weekly);

        assertThat(planner.ensureCurrent((done, total) -> { })).isTrue();

        // Calls weekly now; visits keep the reference policy's cadence, and no one was visited yet.
        assertThat(db.schedule().of("C1")).isEqualTo(Map.of("call", LocalDate.of(2026, 11, 30), "visit", SINCE));
        assertThat(db.schedule().of("C2")).isEqualTo(Map.of("call", LocalDate.of(2027, 6, 1), "visit", LocalDate.of(2027, 6, 1)));
        assertThat(db.schedule().of("C3")).as("never contacted: due since it was added").isEqualTo(Map.of("call", SINCE, "visit", SINCE));
        assertThat(db.schedule().planFingerprint()).contains(weekly.planFingerprint());
        assertThat(planner.check(d -> { })).as("stored dates that differ from the history").isZero();
        assertThat(planner.ensureCurrent((done, total) -> { })).as("a second time: nothing changed").isFalse();
    }
}
