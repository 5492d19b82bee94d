package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.domain.Channel;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.NextContact;
import dev.rapport.domain.Policy;
import dev.rapport.storage.sqlite.SqliteStorage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code rapport snooze} and {@code unsnooze} without the command line (SPEC §3, rule 5). */
class SnoozeCustomerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** Last contacted on Monday 2 November: the call is due on 2 December, the visit on 2 February. */
    private static final Map<String, LocalDate> PLANNED = Map.of("call", LocalDate.of(2026, 12, 2), "visit", LocalDate.of(2027, 2, 2));

    private final Policy policy = Policy.reference();
    private SqliteStorage db;

    @BeforeEach
    void aKeyCustomerLastContactedEarlyInNovember() {
        db = SqliteStorage.inMemory();
        new AddCustomer(Workspace.of(db, policy, TODAY)).add(Map.of(CustomerField.ID, "C1", CustomerField.NAME, "Ada", CustomerField.TIER, "key",
                CustomerField.SINCE, "2026-01-05", CustomerField.LAST_CONTACTED, "2026-11-02"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SnoozeCustomer snoozing() {
        return new SnoozeCustomer(Workspace.of(db, policy, TODAY));
    }

    private static Map<String, LocalDate> dates(List<NextContact> next) {
        return next.stream().collect(Collectors.toMap(n -> n.channel().name(), NextContact::due));
    }

    @Test
    void a_snooze_of_every_channel_holds_each_date_before_its_end_until_the_next_working_day() {
        assertThat(db.schedule().of("C1")).isEqualTo(PLANNED);

        SnoozeCustomer.Result result = snoozing().snooze(CustomerRef.of("C1"), Optional.empty(), LocalDate.of(2026, 12, 20));

        // 20 December is a Sunday; the visit, due after it, does not move.
        Map<String, LocalDate> snoozed = Map.of("call", LocalDate.of(2026, 12, 21), "visit", LocalDate.of(2027, 2, 2));
        assertThat(dates(result.next())).isEqualTo(snoozed);
        assertThat(db.schedule().of("C1")).isEqualTo(snoozed);
        assertThat(db.schedule().snoozes("C1")).isEqualTo(Map.of("*", LocalDate.of(2026, 12, 20)));
        assertThat(result.customer().id()).isEqualTo("C1");
    }

    @Test
    void a_snooze_of_one_channel_leaves_the_other_channels_alone() {
        SnoozeCustomer.Result result = snoozing().snooze(CustomerRef.of("C1"), Optional.of(Channel.CALL), LocalDate.of(2027, 3, 1));

        assertThat(dates(result.next())).isEqualTo(Map.of("call", LocalDate.of(2027, 3, 1), "visit", LocalDate.of(2027, 2, 2)));
        assertThat(db.schedule().snoozes("C1")).isEqualTo(Map.of("call", LocalDate.of(2027, 3, 1)));
    }

    @Test
    void unsnoozing_brings_the_dates_back_and_says_how_many_snoozes_ended() {
        snoozing().snooze(CustomerRef.of("C1"), Optional.of(Channel.CALL), LocalDate.of(2027, 3, 1));
        snoozing().snooze(CustomerRef.of("C1"), Optional.empty(), LocalDate.of(2026, 12, 20));

        assertThat(snoozing().unsnooze(CustomerRef.of("C1"), Optional.of(Channel.VISIT)).ended()).isZero();
        SnoozeCustomer.Result result = snoozing().unsnooze(CustomerRef.of("C1"), Optional.empty());

        assertThat(result.ended()).isEqualTo(2);
        assertThat(dates(result.next())).isEqualTo(PLANNED);
        assertThat(db.schedule().of("C1")).isEqualTo(PLANNED);
        assertThat(db.schedule().snoozes("C1")).isEmpty();
    }

    @Test
    void a_snooze_that_ends_today_or_before_is_refused_and_nothing_moves() {
        assertThatThrownBy(() -> snoozing().snooze(CustomerRef.of("C1"), Optional.empty(), TODAY))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.USAGE))
                .hasMessageContaining("not after today");

        assertThat(db.schedule().snoozes("C1")).isEmpty();
        assertThat(db.schedule().of("C1")).isEqualTo(PLANNED);
    }

    @Test
    void a_snooze_of_an_unknown_channel_or_customer_is_refused() {
        assertThatThrownBy(() -> snoozing().snooze(CustomerRef.of("C1"), Optional.of(new Channel("telegram")), TODAY.plusDays(7)))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.USAGE));
        assertThatThrownBy(() -> snoozing().snooze(CustomerRef.of("nobody"), Optional.empty(), TODAY.plusDays(7)))
                .isInstanceOf(RapportException.class);

        assertThat(db.schedule().snoozes("C1")).isEmpty();
    }
}
