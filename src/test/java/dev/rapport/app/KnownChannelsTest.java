package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.domain.Channel;
import dev.rapport.domain.Customer;
import dev.rapport.domain.Period;
import dev.rapport.domain.Policy;
import dev.rapport.storage.sqlite.SqliteStorage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** SPEC §3, Channels: known are the built-in ones, the policy's, and those a customer's cadence override names. */
class KnownChannelsTest {

    private static final LocalDate SINCE = LocalDate.of(2026, 1, 5);

    private static void add(SqliteStorage db, String id, String channel) {
        Customer c = Customer.builder(id, "Customer " + id, "small", SINCE).cadence(new Channel(channel), Period.days(14)).build();
        db.inTransaction(() -> db.customers().insert(c));
    }

    @Test
    void a_channel_named_only_in_a_customers_cadence_override_is_known() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            add(db, "g1", "telegram");
            KnownChannels known = new KnownChannels(Policy.reference(), db.customers());

            assertThat(known.contains(new Channel("telegram"))).isTrue();
            assertThat(known.contains(Channel.CALL)).isTrue();
            assertThat(known.contains(Channel.SURVEY)).as("built in").isTrue();
            assertThat(known.contains(new Channel("pigeon"))).isFalse();
            assertThat(known.all()).extracting(Channel::name)
                    .containsExactly("call", "email", "event", "fax", "letter", "survey", "telegram", "visit");
        }
    }

    @Test
    void a_channel_whose_name_ends_another_channels_name_is_not_known_by_it() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            add(db, "g1", "x-telegram");
            KnownChannels known = new KnownChannels(Policy.reference(), db.customers());

            assertThat(known.contains(new Channel("x-telegram"))).isTrue();
            assertThat(known.contains(new Channel("telegram"))).isFalse();
            assertThat(known.contains(new Channel("x"))).isFalse();
        }
    }

    @Test
    void an_unknown_channel_is_a_usage_error_naming_the_option_and_listing_the_known_ones() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            add(db, "g1", "telegram");

            assertThatThrownBy(() -> new KnownChannels(Policy.reference(), db.customers()).require("--via", new Channel("pigeon")))
                    .isInstanceOf(RapportException.class)
                    .hasMessage("--via pigeon: unknown channel; use one of call, email, event, fax, letter, survey, telegram, visit");
        }
    }
}
