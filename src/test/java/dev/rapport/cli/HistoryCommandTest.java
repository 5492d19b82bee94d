package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.terminal.ContactListings;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport history CUSTOMER} (issue 12, items 1 and 2): a customer's contacts newest first,
 * each with its #ID, who logged it and the obligations it opened and closed; deleted ones are not
 * in it. And the #IDs wherever contacts are listed: log, brief, customer show, export.
 *
 * <p>The world, Monday 2026-11-23: Jürgen Müller (C1) wrote on the 19th (acknowledge #1, answer
 * #2), anna answered on the 20th, bernd called on the 21st and heard a complaint (resolve #3).
 */
class HistoryCommandTest {

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void setUp() {
        rapport = new Rapport(home).env("RAPPORT_USER", "anna");
        ok("customer", "add", "Jürgen Müller", "--id", "C1", "--tier", "key", "--email", "j.mueller@example.de");
        ok("customer", "add", "Ada Lovelace", "--id", "C2", "--tier", "small");
        ok("log", "C1", "--via", "email", "--in", "--note", "a question, with a comma", "--at", "2026-11-19 15:00");
        ok("log", "C1", "--via", "email", "--out", "--answers", "2", "--note", "the answer", "--at", "2026-11-20 10:00");
        rapport.env("RAPPORT_USER", "bernd");
        ok("log", "C1", "--via", "call", "--in", "--kind", "complaint", "--note", "late", "--satisfaction", "2", "--at", "2026-11-21 11:30");
        ok("log", "C2", "--via", "call", "--out", "--at", "2026-11-21 12:00");
        rapport.env("RAPPORT_USER", "anna");
    }

    @Test
    void lists_the_customers_contacts_newest_first_with_who_logged_them_and_what_they_opened_and_closed() {
        var run = ok("history", "C1", "--format", "csv");

        assertThat(run.out()).isEqualTo("id,at,channel,direction,outcome,kind,satisfaction,note,logged_by,opened,closed\r\n"
                + "3,2026-11-21T11:30,call,in,reached,complaint,2,late,bernd,resolve #3,\r\n"
                + "2,2026-11-20T10:00,email,out,sent,routine,,the answer,anna,,acknowledge #1;answer #2\r\n"
                + "1,2026-11-19T15:00,email,in,received,routine,,\"a question, with a comma\",anna,acknowledge #1;answer #2,\r\n");
    }

    @Test
    void the_table_shows_the_same_for_a_person() {
        var run = ok("history", "Jürgen");

        assertThat(run.out().lines().toList()).hasSize(5);
        assertThat(run.out().lines().findFirst().orElseThrow()).contains("#", "when", "via", "dir", "outcome", "kind", "sat", "by",
                "obligations", "note");
        assertThat(run.out()).contains("#3  2026-11-21 11:30  call   in   reached   complaint  2    bernd  opened resolve #3")
                .contains("closed acknowledge #1, answer #2");
    }

    @Test
    void json_has_the_csv_columns_with_the_obligations_as_lists() throws IOException {
        JsonNode json = new ObjectMapper().readTree(ok("history", "C1", "--format", "json").out());

        assertThat(json).hasSize(3);
        assertThat(json.get(0).fieldNames()).toIterable().containsExactly("id", "at", "channel", "direction", "outcome", "kind",
                "satisfaction", "note", "logged_by", "opened", "closed");
        assertThat(json.get(0).get("id").asLong()).isEqualTo(3);
        assertThat(json.get(1).get("closed")).extracting(JsonNode::asText).containsExactly("acknowledge #1", "answer #2");
    }

    @Test
    void selects_by_channel_kind_days_and_a_limit() {
        assertThat(ids("history", "C1", "--channel", "email")).containsExactly("2", "1");
        assertThat(ids("history", "C1", "--kind", "complaint")).containsExactly("3");
        assertThat(ids("history", "C1", "--from", "2026-11-20")).containsExactly("3", "2");
        assertThat(ids("history", "C1", "--to", "2026-11-20")).containsExactly("2", "1");
        assertThat(ids("history", "C1", "--from", "2026-11-20", "--to", "2026-11-20")).containsExactly("2");
        assertThat(ids("history", "C1", "--limit", "1")).containsExactly("3");
    }

    @Test
    void a_deleted_contact_is_not_in_the_history() {
        ok("contact", "delete", "2");

        assertThat(ids("history", "C1")).containsExactly("3", "1");
        assertThat(ok("history", "C1", "--format", "csv").out()).doesNotContain("acknowledge #1;answer #2,\r\n3");
    }

    @Test
    void a_customer_without_contacts_says_so_in_words() {
        ok("customer", "add", "Grace Hopper", "--id", "C3");

        var run = ok("history", "C3");

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("No contacts with Grace Hopper [C3] yet.\n");
        assertThat(ok("history", "C3", "--format", "csv").out()).isEqualTo(String.join(",", ContactListings.COLUMNS) + "\r\n");
    }

    @Test
    void bad_selections_are_usage_errors() {
        assertThat(rapport.run("history", "nobody").status()).isEqualTo(2);
        assertThat(rapport.run("history", "C1", "--limit", "0").err()).isEqualTo("rapport: --limit must be 1 or more, not 0\n");
        assertThat(rapport.run("history", "C1", "--from", "2026-11-21", "--to", "2026-11-20").err())
                .isEqualTo("rapport: --from 2026-11-21 is after --to 2026-11-20\n");
        assertThat(rapport.run("history", "C1", "--channel", "pigeon").status()).isEqualTo(2);
        assertThat(rapport.run("history", "C1", "--kind", "gossip").status()).isEqualTo(2);
        assertThat(rapport.run("history", "C1", "--format", "ics").status()).isEqualTo(2);
    }

    @Test
    void customer_show_ends_with_the_last_five_contacts() throws IOException {
        ok("log", "C1", "--via", "visit", "--out", "--kind", "needs", "--note", "wants invoices", "--at", "2026-11-21 08:00");
        for (int day = 1; day <= 5; day++) {
            ok("log", "C1", "--via", "call", "--out", "--at", "2026-11-22 0" + day + ":00", "--note", "call " + day);
        }

        var show = ok("customer", "show", "C1");
        List<String> history = show.out().lines().filter(l -> l.startsWith("history")).toList();

        assertThat(history).hasSize(5);
        assertThat(history.get(0)).contains("#10 2026-11-22 05:00 out call reached by anna: call 5");
        assertThat(history.get(4)).contains("#6 2026-11-22 01:00 out call reached by anna: call 1");
        assertThat(show.out().lines().reduce((a, b) -> b).orElseThrow()).startsWith("history");
        assertThat(show.out()).contains("#5 (visit) wants invoices");
        JsonNode json = new ObjectMapper().readTree(ok("customer", "show", "C1", "--format", "json").out());
        assertThat(json.get("history")).hasSize(5);
        assertThat(json.get("history").get(0).get("id").asLong()).isEqualTo(10);
    }

    @Test
    void the_brief_lists_the_last_contacts_with_their_ids() {
        assertThat(ok("brief", "C1").out()).contains("#3 2026-11-21 11:30 in call reached · complaint · 2/5: late");
    }

    @Test
    void export_leads_with_the_contacts_id_and_import_reads_the_export_back_ignoring_it() throws IOException {
        var export = ok("export", "interactions");
        assertThat(export.out()).startsWith("id,customer,at,channel,direction,outcome,kind,note,satisfaction,logged_by\r\n"
                + "1,C1,2026-11-19T15:00,email,in,received,routine,\"a question, with a comma\",,anna\r\n");
        Path file = home.resolve("interactions.csv");
        Files.writeString(file, export.out());
        ok("contact", "delete", "4");
        assertThat(ok("export", "interactions").out()).doesNotContain(",C2,");

        Rapport elsewhere = new Rapport(home.resolve("elsewhere"));
        assertThat(elsewhere.run("customer", "add", "Jürgen Müller", "--id", "C1").status()).isZero();
        assertThat(elsewhere.run("customer", "add", "Ada Lovelace", "--id", "C2").status()).isZero();
        var imported = elsewhere.run("import", "interactions", file.toString());

        assertThat(imported.status()).as(imported.toString()).isZero();
        assertThat(imported.err()).doesNotContain("ignored");
        assertThat(elsewhere.run("export", "interactions").out()).isEqualTo(export.out());
        assertThat(elsewhere.run("import", "interactions", file.toString()).err()).contains("added 0");
    }

    @Test
    void a_yaml_export_of_interactions_is_read_back_as_well() throws IOException {
        Path file = home.resolve("interactions.yaml");
        Files.writeString(file, ok("export", "interactions", "--format", "yaml").out());

        var again = ok("import", "interactions", file.toString());

        assertThat(again.err()).contains("added 0");
    }

    // helpers

    private List<String> ids(String... args) {
        String[] csv = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--format", "csv"))
                .toArray(String[]::new);
        return records(ok(csv)).stream().map(r -> r.get("id")).toList();
    }

    private static List<CSVRecord> records(Rapport.Run run) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(run.out())).getRecords();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Rapport.Run ok(String... args) {
        var run = rapport.run(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run).isZero();
        return run;
    }
}
