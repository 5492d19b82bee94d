package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agenda as programs and calendars read it (SPEC §3 stable columns, §4 output formats): CSV,
 * TSV, JSON, the terminal table and iCalendar.
 *
 * <p>Today is the test clock's date, Monday 2026-11-23, 09:00 UTC. Marie Dupont (key, Tuesdays
 * and Thursdays) was last called Thu 2026-10-22: her call fell due on Sun 2026-11-22, moved to
 * Mon 2026-11-23 and then to her next preferred day, Tue 2026-11-24. This morning her e-mail came
 * in, which she must have acknowledged today and answered by Thu 2026-11-26.
 */
class AgendaFormatsTest {

    static final String HEADER = "due,customer_id,customer,tier,owner,channel,reason,days_overdue,priority,phone,email,window,note";

    static final String NOTE = "said \"non\"\nthen yes; call back, please";

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void marie_dupont() {
        rapport = new Rapport(home);
        ok("customer", "add", "Dupont, Marie", "--id", "F1", "--tier", "key", "--owner", "maria",
                "--phone", "+33 1 23 45 67 89", "--email", "marie@dupont.fr", "--days", "tue,thu", "--hours", "9-12",
                "--timezone", "Europe/Paris", "--last-contacted", "2026-10-22");
        ok("log", "F1", "--via", "email", "--in", "--note", NOTE);
    }

    @Nested
    class Csv {

        @Test
        void csv_is_the_stable_header_and_one_rfc_4180_record_per_item_and_nothing_else() {
            var run = ok("agenda", "--days", "7", "--format", "csv");
            String marie = "F1,\"Dupont, Marie\",key,maria,";
            String contact = ",+33 1 23 45 67 89,marie@dupont.fr,\"Tue,Thu 09:00-12:00 Europe/Paris\",";
            assertThat(run.out()).isEqualTo(HEADER + "\r\n"
                    + "2026-11-23," + marie + "email,acknowledge,0,8" + contact
                    + "\"acknowledge the e-mail: said \"\"non\"\"\nthen yes; call back, please\"\r\n"
                    + "2026-11-24," + marie + "call,cadence,0,5" + contact + "\r\n"
                    + "2026-11-26," + marie + "email,answer,0,7" + contact
                    + "\"answer the e-mail in full: said \"\"non\"\"\nthen yes; call back, please\"\r\n");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void a_csv_reader_gets_back_every_value_as_it_was() throws IOException {
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(ok("agenda", "--days", "7", "--format", "csv").out())).getRecords();
            assertThat(records).hasSize(3).allMatch(r -> r.size() == 13);
            assertThat(records.get(0).get("customer")).isEqualTo("Dupont, Marie");
            assertThat(records.get(0).get("window")).isEqualTo("Tue,Thu 09:00-12:00 Europe/Paris");
            assertThat(records.get(0).get("note")).isEqualTo("acknowledge the e-mail: " + NOTE);
        }

        @Test
        void an_empty_agenda_is_the_header_alone() {
            var run = ok("--today", "2026-11-20", "agenda", "--format", "csv");
            assertThat(run.out()).isEqualTo(HEADER + "\r\n");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void overdue_has_the_same_columns_and_counts_the_days() {
            var run = ok("--today", "2026-11-27", "overdue", "--format", "csv");
            // Priorities on Friday: acknowledge 4 + 4 + 4 days; call 4 + 1 + 3 days; answer 4 + 3 + 1 day.
            assertThat(run.out()).startsWith(HEADER + "\r\n"
                    + "2026-11-23,F1,\"Dupont, Marie\",key,maria,email,acknowledge,4,12,")
                    .contains("\r\n2026-11-24,F1,\"Dupont, Marie\",key,maria,call,cadence,3,8,")
                    .contains("\r\n2026-11-26,F1,\"Dupont, Marie\",key,maria,email,answer,1,8,");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void quiet_or_not_a_report_prints_no_message() {
            assertThat(ok("agenda", "--format", "csv").err()).isEmpty();
            assertThat(ok("agenda", "--format", "tsv").err()).isEmpty();
            assertThat(ok("agenda", "--format", "json").err()).isEmpty();
            assertThat(ok("agenda", "--format", "ics").err()).isEmpty();
        }
    }

    @Nested
    class Tsv {

        @Test
        void tsv_has_the_same_columns_separated_by_tabs() {
            var run = ok("agenda", "--days", "7", "--format", "tsv");
            List<String> lines = run.out().lines().toList();
            assertThat(lines.get(0)).isEqualTo(HEADER.replace(',', '\t'));
            assertThat(run.out()).contains("2026-11-24\tF1\tDupont, Marie\tkey\tmaria\tcall\tcadence\t0\t5\t"
                    + "+33 1 23 45 67 89\tmarie@dupont.fr\tTue,Thu 09:00-12:00 Europe/Paris\t\n");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void tsv_keeps_every_record_on_one_line_with_one_field_per_column() {
            ok("log", "F1", "--via", "email", "--in", "--note", "line one\nline two\twith a tab");
            var lines = ok("agenda", "--days", "7", "--format", "tsv").out().lines().toList();
            assertThat(lines).hasSize(1 + 5);
            assertThat(lines).allMatch(l -> l.split("\t", -1).length == 13, "13 fields");
        }
    }

    @Nested
    class Json {

        final ObjectMapper mapper = new ObjectMapper();

        @Test
        void json_is_an_array_of_the_stable_columns_with_the_obligation_and_the_parts_of_the_priority() throws IOException {
            var run = ok("agenda", "--days", "7", "--format", "json");
            assertThat(run.err()).isEmpty();
            JsonNode items = mapper.readTree(run.out());
            assertThat(items.isArray()).isTrue();
            assertThat(items).hasSize(3);

            JsonNode acknowledge = items.get(0);
            List<String> fields = new ArrayList<>();
            acknowledge.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("due", "customer_id", "customer", "tier", "owner", "channel", "reason",
                    "days_overdue", "priority", "phone", "email", "window", "note", "obligation", "tier_weight", "reason_weight");
            assertThat(acknowledge.get("customer").asText()).isEqualTo("Dupont, Marie");
            assertThat(acknowledge.get("reason").asText()).isEqualTo("acknowledge");
            assertThat(acknowledge.get("note").asText()).isEqualTo("acknowledge the e-mail: " + NOTE);
            assertThat(acknowledge.get("obligation").isIntegralNumber()).isTrue();
            assertThat(acknowledge.get("obligation").asLong()).isEqualTo(1);
            assertThat(acknowledge.get("tier_weight").asInt()).isEqualTo(4);
            assertThat(acknowledge.get("reason_weight").asInt()).isEqualTo(4);
            assertThat(acknowledge.get("days_overdue").isInt()).isTrue();

            JsonNode call = items.get(1);
            assertThat(call.get("reason").asText()).isEqualTo("cadence");
            assertThat(call.get("obligation").isNull()).as("a cadence item has no obligation").isTrue();
            assertThat(call.get("reason_weight").asInt()).isEqualTo(1);
        }

        @Test
        void the_priority_is_the_sum_of_its_parts() throws IOException {
            for (JsonNode item : mapper.readTree(ok("--today", "2026-11-30", "agenda", "--format", "json").out())) {
                assertThat(item.get("priority").asInt()).as(item.toString()).isEqualTo(item.get("tier_weight").asInt()
                        + item.get("reason_weight").asInt() + item.get("days_overdue").asInt());
                assertThat(item.get("days_overdue").asInt()).isPositive();
            }
        }

        @Test
        void chinese_text_stays_as_it_is_and_an_empty_agenda_is_an_empty_array() throws IOException {
            ok("customer", "add", "王芳", "--id", "C8", "--tier", "major");
            JsonNode items = mapper.readTree(ok("agenda", "--tier", "major", "--format", "json").out());
            assertThat(items.get(0).get("customer").asText()).isEqualTo("王芳");
            JsonNode none = mapper.readTree(ok("--today", "2026-11-20", "agenda", "--format", "json").out());
            assertThat(none.isArray()).isTrue();
            assertThat(none).isEmpty();
        }
    }

    @Nested
    class Table {

        /** Adds Wang Fang, whose call was due Tue 2026-11-10, 13 days ago. */
        @BeforeEach
        void an_overdue_customer() {
            ok("customer", "add", "Wang Fang", "--id", "C2", "--tier", "major", "--owner", "li.wei",
                    "--last-contacted", "2026-08-10");
        }

        @Test
        void the_table_groups_the_items_by_day_overdue_first_then_today_then_each_later_day() {
            var run = ok("agenda", "--days", "7");
            List<String> lines = run.out().lines().toList();
            assertThat(lines.get(0)).startsWith("customer").contains("tier").contains("owner").contains("reason");
            List<String> headings = lines.stream().filter(l -> !l.contains("[")).skip(2).toList();
            assertThat(headings).containsExactly("Overdue", "Today, Mon 23 Nov 2026", "Tue 24 Nov 2026", "Thu 26 Nov 2026");
            assertThat(String.join("\n", lines)).containsPattern(
                    "Overdue\nWang Fang \\[C2\\] +major +li\\.wei +call +cadence \\(13d late\\)")
                    .containsPattern("Today, Mon 23 Nov 2026\nDupont, Marie \\[F1\\] +key +maria +email +acknowledge #1 ")
                    .containsPattern("Tue 24 Nov 2026\nDupont, Marie \\[F1\\] +key +maria +call +cadence +\\+33 1 23 45 67 89")
                    .containsPattern("Thu 26 Nov 2026\nDupont, Marie \\[F1\\] +key +maria +email +answer #2 +marie@dupont\\.fr");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void an_empty_table_says_so_on_stderr_and_prints_nothing() {
            var run = ok("--today", "2026-11-05", "agenda", "--days", "2");
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("Nothing due in the next 2 days.\n");
        }

        @Test
        void no_colour_codes_unless_on_a_terminal_and_never_with_no_color() {
            rapport.env("COLUMNS", "200");
            assertThat(ok("agenda", "--days", "7").out()).doesNotContain("\u001b");
            rapport.onTerminal();
            assertThat(ok("agenda", "--days", "7").out()).as("on a terminal").contains("\u001b[");
            assertThat(ok("agenda", "--days", "7", "--no-color").out()).doesNotContain("\u001b");
            rapport.env("NO_COLOR", "1");
            assertThat(ok("agenda", "--days", "7").out()).doesNotContain("\u001b");
            assertThat(ok("agenda", "--days", "7", "--format", "csv").out()).doesNotContain("\u001b");
        }

        @Test
        void a_dumb_terminal_gets_no_colour() {
            rapport.env("COLUMNS", "200").onTerminal();
            assertThat(ok("agenda", "--days", "7").out()).contains("\u001b[");
            rapport.env("TERM", "dumb");
            assertThat(ok("agenda", "--days", "7").out()).doesNotContain("\u001b");
        }

        @Test
        void alone_on_a_terminal_rapport_prints_the_agenda_and_in_a_pipe_its_help() {
            assertThat(ok().out()).as("in a pipe").contains("Usage: rapport");
            rapport.onTerminal();
            assertThat(ok().out()).isEqualTo(ok("agenda").out()).doesNotContain("Usage:");
            assertThat(ok("--help").out()).contains("Usage: rapport");
        }

        @Test
        void json_writes_a_missing_value_as_null_everywhere() {
            String agenda = ok("agenda", "--days", "7", "--format", "json").out();
            assertThat(agenda).doesNotContain("\"\"").contains("null");
            assertThat(ok("customer", "list", "--format", "json").out()).doesNotContain("\"\"");
            assertThat(ok("export", "customers", "--format", "json").out()).doesNotContain("\"\"").contains("\"company\": null");
        }

        @Test
        void machine_formats_carry_no_colour_even_on_a_terminal() {
            rapport.env("COLUMNS", "200").onTerminal();
            for (String format : List.of("csv", "tsv", "json", "ics")) {
                assertThat(ok("agenda", "--days", "7", "--format", format).out()).as(format).doesNotContain("\u001b");
            }
        }
    }

    @Nested
    class ICalendar {

        /**
         * Adds a major customer with a long Chinese name whose inbound e-mail, a long Chinese text,
         * is due to be acknowledged today: its lines must fold.
         */
        @BeforeEach
        void a_long_chinese_customer() {
            ok("customer", "add", "上海星辰贸易有限公司采购部总经理王芳女士", "--id", "C8", "--tier", "major",
                    "--company", "上海星辰贸易有限公司", "--owner", "li.wei", "--last-contacted", "2026-11-02");
            ok("log", "C8", "--via", "email", "--in", "--note",
                    "客户要求在十二月十五日之前提供二零二七年全年的价格表，并确认春节前的交货安排；另外请附上最新的质检报告。谢谢！");
        }

        @Test
        void the_calendar_starts_and_ends_as_rfc_5545_says_with_crlf_after_every_line() {
            var run = ok("agenda", "--days", "7", "--format", "ics");
            String ics = run.out();
            assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
            assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void no_line_is_longer_than_75_octets_and_folding_never_splits_a_character() {
            String ics = ok("agenda", "--days", "7", "--format", "ics").out();
            byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
            int start = 0;
            int continuations = 0;
            for (int i = 0; i + 1 < bytes.length; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    assertThat(i - start).as("octets in line at byte " + start).isLessThanOrEqualTo(75);
                    // Every physical line on its own is whole UTF-8: no character was cut in two.
                    assertThat(decodes(bytes, start, i)).as("line at byte " + start).isTrue();
                    if (bytes[start] == ' ') {
                        continuations++;
                    }
                    start = i + 2;
                }
            }
            assertThat(continuations).as("the long Chinese lines were folded").isGreaterThan(2);

            String unfolded = ics.replace("\r\n ", "");
            assertThat(unfolded).contains("SUMMARY:Acknowledge 上海星辰贸易有限公司采购部总经理王芳女士 (上海星辰贸易有限公司) [rapport]\r\n")
                    .contains("\\nNote: acknowledge the e-mail: 客户要求在十二月十五日之前提供二零二七年全年的价格表，"
                            + "并确认春节前的交货安排；另外请附上最新的质检报告。谢谢！\r\n");
        }

        @Test
        void commas_semicolons_backslashes_and_newlines_in_text_are_escaped() {
            // An inbound call: it leaves the e-mail unacknowledged, so both notes are on the agenda.
            ok("log", "F1", "--via", "call", "--in", "--promise", "send C:\\prices\\2027.pdf; today, if possible",
                    "--within", "1 workday");
            String unfolded = ok("agenda", "--days", "7", "--format", "ics").out().replace("\r\n ", "");
            assertThat(unfolded).contains("\r\nSUMMARY:Acknowledge Dupont\\, Marie [rapport]\r\n")
                    .contains("\\nNote: acknowledge the e-mail: said \"non\"\\nthen yes\\; call back\\, please\r\n")
                    .contains("Window: Tue\\,Thu 09:00-12:00 Europe/Paris")
                    .contains("Note: send C:\\\\prices\\\\2027.pdf\\; today\\, if possible\r\n");
        }

        @Test
        void one_event_per_item_each_with_uid_dtstamp_and_an_all_day_date() {
            String ics = ok("agenda", "--days", "7", "--format", "ics").out();
            int items = ok("agenda", "--days", "7", "--format", "csv").out().split("\r\n").length - 1;
            List<String> events = events(ics);
            // Marie: acknowledge, call, answer; 王芳: acknowledge, answer.
            assertThat(items).isEqualTo(5);
            assertThat(events).hasSize(items);
            assertThat(count(ics, "END:VEVENT")).isEqualTo(items);
            for (String event : events) {
                assertThat(event).containsOnlyOnce("\r\nUID:")
                        .containsOnlyOnce("\r\nDTSTAMP:20261123T090000Z\r\n")
                        .containsPattern("\r\nDTSTART;VALUE=DATE:202611\\d\\d\r\n")
                        .contains("\r\nSUMMARY:");
            }
        }

        @Test
        void uids_are_unique_and_the_same_on_every_run() {
            String first = ok("agenda", "--days", "7", "--format", "ics").out();
            String second = ok("agenda", "--days", "7", "--format", "ics").out();
            assertThat(uids(first)).doesNotHaveDuplicates().hasSize(5).isEqualTo(uids(second));
            assertThat(second).isEqualTo(first);
        }

        @Test
        void the_uid_of_a_customers_channel_stays_when_its_due_date_moves() {
            String before = ok("agenda", "--days", "40", "--format", "ics").out();
            String uid = uidOn(before, "20261124");

            // Called today: Wed 2026-12-23 → her next Tuesday or Thursday, Thu 2026-12-24.
            ok("log", "F1", "--via", "call", "--out");
            String after = ok("agenda", "--days", "40", "--format", "ics").out();
            assertThat(uidOn(after, "20261224")).isEqualTo(uid);
            assertThat(uids(after)).containsOnlyOnce(uid);
        }

        @Test
        void overdue_items_stand_on_today_and_say_so() {
            String ics = ok("--today", "2026-11-25", "overdue", "--format", "ics").out().replace("\r\n ", "");
            assertThat(events(ics)).hasSize(3).allSatisfy(e -> assertThat(e)
                    .contains("\r\nDTSTART;VALUE=DATE:20261125\r\n").contains("\r\nSUMMARY:OVERDUE "));
        }
    }

    // ---------------------------------------------------------------------------------------------

    private Rapport.Run ok(String... args) {
        var run = rapport.run(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run).isZero();
        return run;
    }

    private static boolean decodes(byte[] bytes, int from, int to) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static List<String> events(String ics) {
        List<String> events = new ArrayList<>();
        Matcher m = Pattern.compile("BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", Pattern.DOTALL).matcher(ics);
        while (m.find()) {
            events.add(m.group());
        }
        return events;
    }

    private static List<String> uids(String ics) {
        List<String> uids = new ArrayList<>();
        Matcher m = Pattern.compile("\r\nUID:([^\r]+)\r\n").matcher(ics.replace("\r\n ", ""));
        while (m.find()) {
            uids.add(m.group(1));
        }
        return uids;
    }

    /** The UID of the one cadence call event on that day. */
    private static String uidOn(String ics, String day) {
        List<String> found = new ArrayList<>();
        for (String event : events(ics.replace("\r\n ", ""))) {
            if (event.contains("DTSTART;VALUE=DATE:" + day + "\r\n") && event.contains("CATEGORIES:cadence")) {
                found.addAll(uids("\r\n" + event));
            }
        }
        assertThat(found).as("cadence events on " + day).hasSize(1);
        return found.get(0);
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }
}
