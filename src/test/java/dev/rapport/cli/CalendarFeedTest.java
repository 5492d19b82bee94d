package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agenda --format ics} as a feed that calendars import again and again (issue 13 item 21):
 * each event keeps its UID, a changed one gets the next SEQUENCE and a new LAST-MODIFIED, and the
 * events of items done or moved out of the feed since an earlier export come back cancelled, so
 * that a calendar which replaces events by UID (khal) neither doubles nor keeps them.
 *
 * <p>Monday 2026-11-23, 09:00 UTC. Marie Dupont (F1, key, maria) was last called Thu 2026-10-22:
 * her call is due today. This morning her e-mail came in: acknowledge it today (#1), answer it by
 * Thu 2026-11-26 (#2). Wang Fang (C2, major, li.wei) was last called 2026-08-10: 13 days overdue.
 */
class CalendarFeedTest {

    static final String CALL = "F1-cadence-call@rapport";
    static final String ACKNOWLEDGE = "F1-obligation-1@rapport";
    static final String ANSWER = "F1-obligation-2@rapport";
    static final String WANG = "C2-cadence-call@rapport";

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void marie_and_wang() {
        rapport = new Rapport(home);
        ok("customer", "add", "Dupont, Marie", "--id", "F1", "--tier", "key", "--owner", "maria", "--last-contacted", "2026-10-22");
        ok("log", "F1", "--via", "email", "--in", "--note", "price list?");
        ok("customer", "add", "Wang Fang", "--id", "C2", "--tier", "major", "--owner", "li.wei", "--last-contacted", "2026-08-10");
    }

    @Test
    void the_first_export_publishes_every_item_as_version_0_confirmed() {
        Map<String, String> events = events(feed("agenda", "--days", "7"));

        assertThat(events).containsOnlyKeys(CALL, ACKNOWLEDGE, ANSWER, WANG);
        assertThat(events.values()).allSatisfy(e -> assertThat(e).contains("\r\nSEQUENCE:0\r\n", "\r\nSTATUS:CONFIRMED\r\n",
                "\r\nLAST-MODIFIED:20261123T090000Z\r\n"));
    }

    @Test
    void an_export_again_with_nothing_changed_is_the_same_file() {
        String first = feed("agenda", "--days", "7");
        assertThat(feed("agenda", "--days", "7")).isEqualTo(first);
    }

    @Test
    void an_item_done_since_the_last_export_is_published_cancelled_as_its_next_version() {
        feed("agenda", "--days", "7");
        ok("done", "2", "--note", "sent the price list");
        later("2026-11-23T15:00:00Z");

        Map<String, String> events = events(feed("agenda", "--days", "7"));

        assertThat(events).containsOnlyKeys(CALL, ACKNOWLEDGE, ANSWER, WANG);
        assertThat(events.get(ANSWER)).contains("\r\nSEQUENCE:1\r\n", "\r\nSTATUS:CANCELLED\r\n", "\r\nLAST-MODIFIED:20261123T150000Z\r\n",
                "\r\nDTSTART;VALUE=DATE:20261126\r\n", "\r\nSUMMARY:Answer Dupont\\, Marie [rapport]\r\n");
        assertThat(events.get(ACKNOWLEDGE)).as("unchanged: the same version as before")
                .contains("\r\nSEQUENCE:0\r\n", "\r\nSTATUS:CONFIRMED\r\n", "\r\nLAST-MODIFIED:20261123T090000Z\r\n");
    }

    @Test
    void an_item_that_moved_keeps_its_uid_and_is_the_next_version() {
        feed("agenda", "--days", "7");
        ok("snooze", "F1", "--until", "2026-11-25", "--channel", "call");
        later("2026-11-23T15:00:00Z");

        String call = events(feed("agenda", "--days", "7")).get(CALL);

        assertThat(call).contains("\r\nSEQUENCE:1\r\n", "\r\nSTATUS:CONFIRMED\r\n", "\r\nLAST-MODIFIED:20261123T150000Z\r\n",
                "\r\nDTSTART;VALUE=DATE:20261125\r\n");
    }

    @Test
    void an_item_moved_past_the_horizon_is_cancelled_and_comes_back_live_as_a_later_version() {
        feed("agenda", "--days", "7");
        ok("snooze", "F1", "--until", "2026-12-15", "--channel", "call");
        assertThat(events(feed("agenda", "--days", "7")).get(CALL)).contains("\r\nSEQUENCE:1\r\n", "\r\nSTATUS:CANCELLED\r\n");

        ok("unsnooze", "F1");
        assertThat(events(feed("agenda", "--days", "7")).get(CALL)).contains("\r\nSEQUENCE:2\r\n", "\r\nSTATUS:CONFIRMED\r\n",
                "\r\nDTSTART;VALUE=DATE:20261123\r\n");
    }

    @Test
    void an_undone_change_brings_the_event_back_as_its_next_version() {
        feed("agenda", "--days", "7");
        ok("done", "2");
        assertThat(events(feed("agenda", "--days", "7")).get(ANSWER)).contains("\r\nSTATUS:CANCELLED\r\n");

        ok("undo");

        assertThat(events(feed("agenda", "--days", "7")).get(ANSWER)).contains("\r\nSEQUENCE:2\r\n", "\r\nSTATUS:CONFIRMED\r\n");
    }

    @Test
    void a_cancelled_event_is_published_again_for_30_days_and_then_left_out() {
        feed("agenda", "--days", "7");
        ok("done", "2");
        feed("agenda", "--days", "7");

        later("2026-12-23T08:59:59Z");
        assertThat(events(feed("--today", "2026-11-23", "agenda", "--days", "7")).get(ANSWER)).contains("\r\nSTATUS:CANCELLED\r\n");
        later("2026-12-23T09:00:00Z");
        assertThat(events(feed("--today", "2026-11-23", "agenda", "--days", "7"))).doesNotContainKey(ANSWER).containsKey(CALL);
    }

    @Test
    void each_set_of_filters_is_a_feed_of_its_own() {
        feed("agenda", "--days", "7", "--owner", "maria");
        Map<String, String> wang = events(feed("agenda", "--days", "7", "--owner", "li.wei"));
        assertThat(wang).as("maria's events are not cancelled in li.wei's feed").containsOnlyKeys(WANG);

        ok("done", "2");
        assertThat(events(feed("overdue"))).containsOnlyKeys(WANG);
        assertThat(events(feed("agenda", "--days", "7", "--owner", "maria")).get(ANSWER)).contains("\r\nSTATUS:CANCELLED\r\n");
    }

    @Test
    void no_cancelled_leaves_the_cancelled_events_out_for_calendars_that_keep_no_uids() {
        feed("agenda", "--days", "7");
        ok("done", "2");

        assertThat(events(feed("agenda", "--days", "7", "--no-cancelled"))).containsOnlyKeys(CALL, ACKNOWLEDGE, WANG);
        assertThat(events(feed("agenda", "--days", "7")).get(ANSWER)).as("the feed still remembers it")
                .contains("\r\nSTATUS:CANCELLED\r\n");
    }

    @Test
    void no_cancelled_is_only_for_the_ics_format() {
        var run = rapport.run("agenda", "--no-cancelled", "--format", "csv");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("rapport: --no-cancelled is for --format ics");
    }

    @Test
    void an_export_of_the_feed_is_no_change_to_undo() {
        ok("log", "C2", "--via", "call", "--out");
        feed("agenda", "--days", "7");

        var undo = ok("undo");

        assertThat(undo.err()).contains("rapport log C2 --via call --out");
    }

    // ---------------------------------------------------------------------------------------------

    private Rapport.Run ok(String... args) {
        var run = rapport.run(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run).isZero();
        return run;
    }

    private String feed(String... args) {
        String[] ics = java.util.Arrays.copyOf(args, args.length + 2);
        ics[args.length] = "--format";
        ics[args.length + 1] = "ics";
        var run = ok(ics);
        assertThat(run.err()).isEmpty();
        return run.out();
    }

    private void later(String instant) {
        rapport.clock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    /** The events of a feed by UID, unfolded; no UID twice. */
    private static Map<String, String> events(String ics) {
        Map<String, String> events = new LinkedHashMap<>();
        Matcher m = Pattern.compile("BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", Pattern.DOTALL).matcher(ics.replace("\r\n ", ""));
        while (m.find()) {
            Matcher uid = Pattern.compile("\r\nUID:([^\r]+)\r\n").matcher(m.group());
            assertThat(uid.find()).isTrue();
            assertThat(events.put(uid.group(1), m.group())).as("UID " + uid.group(1) + " twice").isNull();
        }
        return events;
    }
}
