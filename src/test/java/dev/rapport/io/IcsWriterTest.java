package dev.rapport.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.AgendaItem;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactPlan;
import dev.rapport.domain.Customer;
import dev.rapport.domain.FeedEvent;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Policy;
import dev.rapport.domain.Tier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The agenda's events as a calendar feed writes them (issue 13): UIDs that say what an item is,
 * never its date or place, a fingerprint that changes with what the event says, and the version,
 * status and modification time of each event.
 */
class IcsWriterTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final Tier KEY = Policy.reference().findTier("key").orElseThrow();
    static final Customer MARIE = Customer.builder("F1", "Marie Dupont", "key", LocalDate.of(2026, 1, 5)).company("Dupont SA").build();

    static AgendaItem call(LocalDate due) {
        return AgendaItem.cadence(MARIE, KEY, Channel.CALL, due, MONDAY, "");
    }

    static Obligation complaint() {
        return Obligation.open("F1", ObligationType.RESOLVE, Channel.CALL, LocalDateTime.of(2026, 11, 16, 10, 0), LocalDate.of(2026, 11, 23),
                "late delivery", Optional.empty(), Optional.of(new Obligation.Escalation(LocalDate.of(2026, 11, 19), "carla"))).withId(7);
    }

    @Test
    void the_uid_of_a_cadence_item_is_its_customer_and_channel_whatever_its_date() {
        assertThat(IcsWriter.event(call(MONDAY.plusDays(1)), MONDAY).uid())
                .isEqualTo(IcsWriter.event(call(MONDAY.plusDays(30)), MONDAY).uid())
                .isEqualTo("F1-cadence-call@rapport");
    }

    @Test
    void a_contact_arranged_on_a_channel_is_not_the_same_event_as_that_channels_cadence() {
        ContactPlan plan = new ContactPlan("F1", Optional.of(Channel.CALL), "renewal", "", Optional.of(MONDAY.plusDays(2)),
                LocalDateTime.of(2026, 11, 20, 9, 0));
        AgendaItem arranged = AgendaItem.arranged(MARIE, KEY, plan, MONDAY);

        assertThat(IcsWriter.event(arranged, MONDAY).uid()).isEqualTo("F1-planned-call@rapport")
                .isNotEqualTo(IcsWriter.event(call(MONDAY.plusDays(2)), MONDAY).uid());
    }

    @Test
    void an_escalation_is_an_event_of_its_own_beside_the_complaint_it_escalates() {
        AgendaItem resolve = AgendaItem.obligation(MARIE, KEY, complaint(), MONDAY);
        AgendaItem escalated = AgendaItem.escalation(MARIE, KEY, complaint(), MONDAY).orElseThrow();

        assertThat(resolve.reason().key()).isEqualTo("resolve");
        assertThat(escalated.reason().key()).isEqualTo("escalation");
        assertThat(IcsWriter.event(resolve, MONDAY).uid()).isEqualTo("F1-obligation-7@rapport");
        assertThat(IcsWriter.event(escalated, MONDAY).uid()).isEqualTo("F1-obligation-7-escalation@rapport");
    }

    @Test
    void a_customer_id_with_more_than_ascii_letters_digits_dots_and_underscores_is_percent_encoded_in_the_uid() {
        // A hyphen too: it parts the customer from the rest of the UID.
        Customer odd = Customer.builder("müller-1", "Jürgen Müller", "key", MONDAY).build();
        assertThat(IcsWriter.event(AgendaItem.cadence(odd, KEY, Channel.CALL, MONDAY, MONDAY, ""), MONDAY).uid())
                .isEqualTo("m%C3%BCller%2D1-cadence-call@rapport");
    }

    @Test
    void the_fingerprint_changes_with_what_the_event_says_and_only_then() {
        String tuesday = IcsWriter.event(call(MONDAY.plusDays(1)), MONDAY).fingerprint();

        assertThat(IcsWriter.event(call(MONDAY.plusDays(1)), MONDAY).fingerprint()).isEqualTo(tuesday);
        assertThat(IcsWriter.event(call(MONDAY.plusDays(3)), MONDAY).fingerprint()).as("moved").isNotEqualTo(tuesday);
        assertThat(IcsWriter.event(AgendaItem.cadence(MARIE, KEY, Channel.CALL, MONDAY.plusDays(1), MONDAY, "bring the price list"),
                MONDAY).fingerprint()).as("a goal added").isNotEqualTo(tuesday);
        assertThat(tuesday).hasSize(32).matches("[0-9a-f]+");
    }

    @Test
    void every_summary_ends_with_the_mark_calcurse_finds_rapports_events_by() {
        assertThat(IcsWriter.event(call(MONDAY.plusDays(1)), MONDAY).summary()).isEqualTo("Call Marie Dupont (Dupont SA) [rapport]");
        assertThat(IcsWriter.event(call(MONDAY.minusDays(3)), MONDAY).summary()).isEqualTo("OVERDUE 3d: Call Marie Dupont (Dupont SA) [rapport]");
    }

    @Test
    void a_live_event_carries_its_version_its_modification_time_and_confirmed() {
        IcsWriter.Event event = IcsWriter.event(call(MONDAY.plusDays(1)), MONDAY);
        FeedEvent version = new FeedEvent(event.uid(), "F1", 3, Instant.parse("2026-11-20T16:30:00Z"), event.fingerprint(), event.day(),
                event.summary(), Optional.empty());
        StringBuilder out = new StringBuilder();

        IcsWriter.write(out, event, version, NOW);

        assertThat(out.toString()).startsWith("BEGIN:VEVENT\r\nUID:F1-cadence-call@rapport\r\nDTSTAMP:20261123T090000Z\r\n"
                        + "SEQUENCE:3\r\nLAST-MODIFIED:20261120T163000Z\r\nSTATUS:CONFIRMED\r\nDTSTART;VALUE=DATE:20261124\r\n"
                        + "DTEND;VALUE=DATE:20261125\r\nSUMMARY:Call Marie Dupont (Dupont SA) [rapport]\r\n")
                .endsWith("\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n");
    }

    @Test
    void a_cancelled_event_stands_where_it_stood_with_its_summary_its_next_version_and_cancelled() {
        FeedEvent done = FeedEvent.first("F1-cadence-call@rapport", "F1", "x", MONDAY.plusDays(1), "Call Marie Dupont, please [rapport]",
                Instant.parse("2026-11-20T16:30:00Z")).withdrawn(NOW).orElseThrow();
        StringBuilder out = new StringBuilder();

        IcsWriter.cancelled(out, done, NOW);

        assertThat(out.toString()).isEqualTo("BEGIN:VEVENT\r\nUID:F1-cadence-call@rapport\r\nDTSTAMP:20261123T090000Z\r\n"
                + "SEQUENCE:1\r\nLAST-MODIFIED:20261123T090000Z\r\nSTATUS:CANCELLED\r\nDTSTART;VALUE=DATE:20261124\r\n"
                + "DTEND;VALUE=DATE:20261125\r\nSUMMARY:Call Marie Dupont\\, please [rapport]\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n");
    }
}
