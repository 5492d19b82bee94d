package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Agenda items of SPEC §3: their order, days overdue, explainable priority, owner, and the agenda's filters. */
class AgendaItemTest {

    private static final Policy REFERENCE = Policy.reference();
    private static final Tier KEY = REFERENCE.tier("key");
    private static final Tier MAJOR = REFERENCE.tier("major");
    private static final Tier SMALL = REFERENCE.tier("small");

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 14); // a Wednesday
    private static final LocalDate SINCE = LocalDate.of(2025, 6, 2);

    // Helpers

    private static Customer customer(String id, String tier, String owner) {
        return Customer.builder(id, "Customer " + id, tier, SINCE).owner(owner).build();
    }

    private static AgendaItem cadence(String id, Tier tier, LocalDate due) {
        return AgendaItem.cadence(customer(id, tier.name(), "eva"), tier, Channel.CALL, due, TODAY, "");
    }

    private static Obligation obligation(long id, ObligationType type, Channel channel, LocalDate opened, LocalDate due,
                                         Optional<Obligation.Escalation> escalation) {
        return new Obligation(id, "anna", type, channel, opened.atTime(10, 0), due, "", Optional.of(1L), escalation,
                Optional.empty(), "", Optional.empty(), Optional.empty());
    }

    /** A complaint opened on Wednesday 2026-01-07: due Wednesday 2026-01-14, escalates Monday 2026-01-12 to the manager. */
    private static Obligation complaint() {
        return obligation(42, ObligationType.RESOLVE, Channel.CALL, LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 14),
                Optional.of(new Obligation.Escalation(LocalDate.of(2026, 1, 12), "manager")));
    }

    private static AgendaFilter until(LocalDate until) {
        return new AgendaFilter(until, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static List<AgendaItem> sorted(AgendaItem... items) {
        List<AgendaItem> list = new ArrayList<>(List.of(items));
        Collections.shuffle(list, new java.util.Random(7));
        list.sort(AgendaItem.ORDER);
        return list;
    }

    // Days overdue

    @Test
    void an_item_due_before_today_is_overdue_by_the_days_between() {
        AgendaItem item = cadence("anna", KEY, TODAY.minusDays(3));

        assertThat(item.daysOverdue()).isEqualTo(3);
        assertThat(item.isOverdue()).isTrue();
    }

    @Test
    void an_item_due_today_is_not_overdue() {
        AgendaItem item = cadence("anna", KEY, TODAY);

        assertThat(item.daysOverdue()).isZero();
        assertThat(item.isOverdue()).isFalse();
    }

    @Test
    void an_item_due_later_has_zero_days_overdue() {
        AgendaItem item = cadence("anna", KEY, TODAY.plusDays(5));

        assertThat(item.daysOverdue()).isZero();
        assertThat(item.isOverdue()).isFalse();
    }

    // Order

    @Test
    void overdue_items_come_first_most_days_overdue_first() {
        AgendaItem dueToday = cadence("a", KEY, TODAY);
        AgendaItem oneDayLate = cadence("b", SMALL, TODAY.minusDays(1));
        AgendaItem tenDaysLate = cadence("c", SMALL, TODAY.minusDays(10));
        AgendaItem tomorrow = cadence("d", KEY, TODAY.plusDays(1));

        assertThat(sorted(dueToday, oneDayLate, tenDaysLate, tomorrow)).containsExactly(tenDaysLate, oneDayLate, dueToday, tomorrow);
    }

    @Test
    void items_not_overdue_are_ordered_by_due_date() {
        AgendaItem inTwoDays = cadence("a", KEY, TODAY.plusDays(2));
        AgendaItem tomorrow = cadence("b", SMALL, TODAY.plusDays(1));
        AgendaItem today = cadence("c", SMALL, TODAY);

        assertThat(sorted(inTwoDays, tomorrow, today)).containsExactly(today, tomorrow, inTwoDays);
    }

    @Test
    void items_due_the_same_day_are_ordered_by_priority_higher_first() {
        Customer anna = customer("zoe", "small", "eva");
        AgendaItem smallCadence = cadence("a", SMALL, TODAY);
        AgendaItem keyCadence = cadence("b", KEY, TODAY);
        AgendaItem smallCallback = AgendaItem.obligation(anna, SMALL,
                obligation(1, ObligationType.CALLBACK, Channel.CALL, TODAY.minusDays(1), TODAY, Optional.empty()), TODAY);

        // small callback 1 + 5 = 6, key cadence 4 + 1 = 5, small cadence 1 + 1 = 2
        assertThat(sorted(smallCadence, keyCadence, smallCallback)).containsExactly(smallCallback, keyCadence, smallCadence);
    }

    @Test
    void items_due_the_same_day_with_the_same_priority_are_ordered_by_customer_id() {
        AgendaItem bert = cadence("bert", MAJOR, TODAY);
        AgendaItem anna = cadence("anna", MAJOR, TODAY);
        AgendaItem carl = cadence("carl", MAJOR, TODAY);

        assertThat(sorted(bert, carl, anna)).containsExactly(anna, bert, carl);
    }

    @Test
    void due_date_comes_before_priority_in_the_order() {
        AgendaItem smallYesterday = cadence("a", SMALL, TODAY.minusDays(1));
        AgendaItem keyToday = cadence("b", KEY, TODAY);

        assertThat(sorted(keyToday, smallYesterday)).containsExactly(smallYesterday, keyToday);
    }

    // Priority

    @Test
    void priority_is_tier_weight_plus_reason_weight_plus_days_overdue() {
        AgendaItem item = AgendaItem.obligation(customer("anna", "key", "eva"), KEY,
                obligation(1, ObligationType.CALLBACK, Channel.CALL, TODAY.minusDays(3), TODAY.minusDays(2), Optional.empty()), TODAY);

        Priority p = item.priority();
        assertThat(p.tierWeight()).isEqualTo(4);
        assertThat(p.daysOverdue()).isEqualTo(2);
        assertThat(p.total()).isEqualTo(p.tierWeight() + p.reasonWeight() + p.daysOverdue());
    }

    @Test
    void an_overdue_item_gains_one_point_a_day() {
        Priority onTime = cadence("anna", KEY, TODAY).priority();
        Priority fiveDaysLate = cadence("anna", KEY, TODAY.minusDays(5)).priority();

        assertThat(fiveDaysLate.total()).isEqualTo(onTime.total() + 5);
    }

    @Test
    void a_higher_tier_weighs_more() {
        assertThat(cadence("a", KEY, TODAY).priority().total()).isGreaterThan(cadence("a", SMALL, TODAY).priority().total());
    }

    @Test
    void an_obligation_weighs_more_than_a_cadence_contact_and_an_escalation_most() {
        Customer anna = customer("anna", "key", "eva");
        int cadenceWeight = cadence("anna", KEY, TODAY).priority().reasonWeight();
        int callback = Priority.of(KEY, Reason.CALLBACK, 0).reasonWeight();
        int resolve = Priority.of(KEY, Reason.RESOLVE, 0).reasonWeight();
        int escalation = AgendaItem.escalation(anna, KEY, complaint(), TODAY).orElseThrow().priority().reasonWeight();

        assertThat(callback).isGreaterThan(cadenceWeight);
        assertThat(escalation).isGreaterThan(resolve);
    }

    @Test
    void the_priority_explains_its_sum() {
        Priority p = Priority.of(KEY, Reason.CALLBACK, 2);

        assertThat(p.explain("key", Reason.CALLBACK))
                .isEqualTo(p.total() + " = tier key 4 + callback " + p.reasonWeight() + " + 2 days overdue");
    }

    @Test
    void the_priority_explanation_says_one_day_in_the_singular() {
        assertThat(Priority.of(SMALL, Reason.CADENCE, 1).explain("small", Reason.CADENCE)).endsWith("+ 1 day overdue");
    }

    // What an item says

    @Test
    void a_cadence_item_has_the_reason_cadence_and_the_customer_owner() {
        AgendaItem item = AgendaItem.cadence(customer("anna", "key", "eva"), KEY, Channel.VISIT, TODAY, TODAY, "bring samples");

        assertThat(item.reason().key()).isEqualTo("cadence");
        assertThat(item.owner()).isEqualTo("eva");
        assertThat(item.channel()).isEqualTo(Channel.VISIT);
        assertThat(item.note()).isEqualTo("bring samples");
        assertThat(item.obligation()).isEmpty();
    }

    @Test
    void an_obligation_item_has_the_obligation_type_as_reason_and_its_id() {
        Obligation answer = obligation(17, ObligationType.ANSWER, Channel.EMAIL, TODAY.minusDays(1), TODAY.plusDays(2), Optional.empty());

        AgendaItem item = AgendaItem.obligation(customer("anna", "key", "eva"), KEY, answer, TODAY);

        assertThat(item.reason().key()).isEqualTo("answer");
        assertThat(item.owner()).isEqualTo("eva");
        assertThat(item.obligation()).contains(17L);
        assertThat(item.due()).isEqualTo(TODAY.plusDays(2));
        assertThat(item.daysOverdue()).isZero();
    }

    @Test
    void a_follow_up_item_is_named_follow_up() {
        Obligation followUp = obligation(18, ObligationType.FOLLOW_UP, Channel.CALL, TODAY.minusDays(7), TODAY, Optional.empty());

        assertThat(AgendaItem.obligation(customer("anna", "key", "eva"), KEY, followUp, TODAY).reason().key()).isEqualTo("follow-up");
    }

    @Test
    void a_complaint_before_its_escalation_day_belongs_to_the_customer_owner() {
        AgendaItem item = AgendaItem.obligation(customer("anna", "key", "eva"), KEY, complaint(), LocalDate.of(2026, 1, 9));

        assertThat(item.reason().key()).isEqualTo("resolve");
        assertThat(item.owner()).isEqualTo("eva");
    }

    @Test
    void an_escalated_complaint_gives_the_escalation_owner_an_escalation_due_on_the_escalation_day() {
        AgendaItem item = AgendaItem.escalation(customer("anna", "key", "eva"), KEY, complaint(), LocalDate.of(2026, 1, 13)).orElseThrow();

        assertThat(item.reason().key()).isEqualTo("escalation");
        assertThat(item.owner()).isEqualTo("manager");
        assertThat(item.due()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(item.daysOverdue()).isEqualTo(1);
        assertThat(item.obligation()).contains(42L);
    }

    @Test
    void an_escalated_complaint_stays_the_customer_owners_to_resolve_by_its_deadline() {
        AgendaItem item = AgendaItem.obligation(customer("anna", "key", "eva"), KEY, complaint(), LocalDate.of(2026, 1, 13));

        assertThat(item.reason().key()).isEqualTo("resolve");
        assertThat(item.owner()).isEqualTo("eva");
        assertThat(item.due()).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(item.daysOverdue()).isZero();
    }

    @Test
    void a_complaint_before_its_escalation_day_has_no_escalation() {
        assertThat(AgendaItem.escalation(customer("anna", "key", "eva"), KEY, complaint(), LocalDate.of(2026, 1, 9))).isEmpty();
    }

    @Test
    void a_resolved_complaint_has_no_escalation() {
        Obligation resolved = complaint().closedOn(LocalDate.of(2026, 1, 13), "done", Optional.empty());

        assertThat(AgendaItem.escalation(customer("anna", "key", "eva"), KEY, resolved, TODAY)).isEmpty();
    }

    @Test
    void an_escalation_without_an_owner_stays_with_the_customer_owner() {
        Obligation complaint = obligation(42, ObligationType.RESOLVE, Channel.CALL, LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 14),
                Optional.of(new Obligation.Escalation(LocalDate.of(2026, 1, 12), "")));

        AgendaItem item = AgendaItem.escalation(customer("anna", "key", "eva"), KEY, complaint, TODAY).orElseThrow();

        assertThat(item.reason().key()).isEqualTo("escalation");
        assertThat(item.owner()).isEqualTo("eva");
    }

    // The agenda's filter

    @Test
    void the_agenda_shows_items_due_on_or_before_its_horizon() {
        AgendaFilter today = until(TODAY);

        assertThat(today.accepts(cadence("a", KEY, TODAY.minusDays(30)))).isTrue();
        assertThat(today.accepts(cadence("a", KEY, TODAY))).isTrue();
        assertThat(today.accepts(cadence("a", KEY, TODAY.plusDays(1)))).isFalse();
    }

    @Test
    void the_agenda_for_the_next_days_shows_what_falls_due_by_then() {
        AgendaFilter nextWeek = until(TODAY.plusDays(7));

        assertThat(nextWeek.accepts(cadence("a", KEY, TODAY.plusDays(7)))).isTrue();
        assertThat(nextWeek.accepts(cadence("a", KEY, TODAY.plusDays(8)))).isFalse();
    }

    @Test
    void the_overdue_report_shows_only_items_due_before_today() {
        AgendaFilter overdue = new AgendaFilter(TODAY, true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(overdue.accepts(cadence("a", KEY, TODAY.minusDays(1)))).isTrue();
        assertThat(overdue.accepts(cadence("a", KEY, TODAY))).isFalse();
    }

    @Test
    void the_agenda_can_show_one_owner() {
        AgendaFilter eva = new AgendaFilter(TODAY, false, Optional.of("eva"), Optional.empty(), Optional.empty(), Optional.empty());
        AgendaItem evas = AgendaItem.cadence(customer("a", "key", "eva"), KEY, Channel.CALL, TODAY, TODAY, "");
        AgendaItem toms = AgendaItem.cadence(customer("b", "key", "tom"), KEY, Channel.CALL, TODAY, TODAY, "");

        assertThat(eva.accepts(evas)).isTrue();
        assertThat(eva.accepts(toms)).isFalse();
    }

    @Test
    void the_owner_filter_finds_an_escalation_under_its_escalation_owner_and_the_resolve_item_under_the_customer_owner() {
        AgendaItem escalation = AgendaItem.escalation(customer("anna", "key", "eva"), KEY, complaint(), TODAY).orElseThrow();
        AgendaItem resolve = AgendaItem.obligation(customer("anna", "key", "eva"), KEY, complaint(), TODAY);
        AgendaFilter manager = new AgendaFilter(TODAY, false, Optional.of("manager"), Optional.empty(), Optional.empty(), Optional.empty());
        AgendaFilter eva = new AgendaFilter(TODAY, false, Optional.of("eva"), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(manager.accepts(escalation)).isTrue();
        assertThat(eva.accepts(escalation)).isFalse();
        assertThat(eva.accepts(resolve)).isTrue();
        assertThat(manager.accepts(resolve)).isFalse();
    }

    @Test
    void the_agenda_can_show_one_tier() {
        AgendaFilter key = new AgendaFilter(TODAY, false, Optional.empty(), Optional.of("key"), Optional.empty(), Optional.empty());

        assertThat(key.accepts(cadence("a", KEY, TODAY))).isTrue();
        assertThat(key.accepts(cadence("b", SMALL, TODAY))).isFalse();
    }

    @Test
    void the_agenda_can_show_one_channel() {
        AgendaFilter visits = new AgendaFilter(TODAY, false, Optional.empty(), Optional.empty(), Optional.of(Channel.VISIT), Optional.empty());
        Customer anna = customer("anna", "key", "eva");

        assertThat(visits.accepts(AgendaItem.cadence(anna, KEY, Channel.VISIT, TODAY, TODAY, ""))).isTrue();
        assertThat(visits.accepts(AgendaItem.cadence(anna, KEY, Channel.CALL, TODAY, TODAY, ""))).isFalse();
    }

    @Test
    void the_agenda_can_show_one_reason() {
        AgendaFilter callbacks = new AgendaFilter(TODAY, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Reason.CALLBACK));
        Customer anna = customer("anna", "key", "eva");
        AgendaItem callback = AgendaItem.obligation(anna, KEY,
                obligation(1, ObligationType.CALLBACK, Channel.CALL, TODAY.minusDays(1), TODAY, Optional.empty()), TODAY);

        assertThat(callbacks.accepts(callback)).isTrue();
        assertThat(callbacks.accepts(cadence("anna", KEY, TODAY))).isFalse();
    }

    @Test
    void on_its_escalation_day_a_complaint_is_on_todays_agenda_as_an_escalation_and_its_resolve_item_waits_for_the_deadline() {
        LocalDate monday = LocalDate.of(2026, 1, 12); // escalation day; the deadline is Wednesday 2026-01-14
        Customer anna = customer("anna", "key", "eva");

        assertThat(until(monday).accepts(AgendaItem.escalation(anna, KEY, complaint(), monday).orElseThrow())).isTrue();
        assertThat(until(monday).accepts(AgendaItem.obligation(anna, KEY, complaint(), monday))).isFalse();
    }

    @Test
    void the_day_before_its_deadline_an_escalated_complaint_is_not_on_todays_agenda_as_an_escalation_due_tomorrow() {
        LocalDate tuesday = LocalDate.of(2026, 1, 13);
        Customer anna = customer("anna", "key", "eva");
        AgendaItem escalation = AgendaItem.escalation(anna, KEY, complaint(), tuesday).orElseThrow();
        AgendaItem resolve = AgendaItem.obligation(anna, KEY, complaint(), tuesday);

        assertThat(until(tuesday).accepts(resolve)).as("due tomorrow").isFalse();
        assertThat(until(tuesday).accepts(escalation)).isTrue();
        assertThat(escalation.due()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(escalation.isOverdue()).isTrue();
    }

    @Test
    void a_complaint_before_its_escalation_day_waits_for_its_deadline() {
        LocalDate friday = LocalDate.of(2026, 1, 9);
        AgendaItem notYet = AgendaItem.obligation(customer("anna", "key", "eva"), KEY, complaint(), friday);

        assertThat(until(friday).accepts(notYet)).isFalse();
    }

    @Test
    void filters_combine() {
        AgendaFilter evasOverdueKeyCalls = new AgendaFilter(TODAY, true, Optional.of("eva"), Optional.of("key"),
                Optional.of(Channel.CALL), Optional.of(Reason.CADENCE));

        assertThat(evasOverdueKeyCalls.accepts(cadence("a", KEY, TODAY.minusDays(2)))).isTrue();
        assertThat(evasOverdueKeyCalls.accepts(cadence("a", KEY, TODAY))).isFalse();
        assertThat(evasOverdueKeyCalls.accepts(cadence("a", SMALL, TODAY.minusDays(2)))).isFalse();
    }
}
