package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.rapport.app.Suggest;
import dev.rapport.config.PolicyFile;
import dev.rapport.shell.ShellCompleter;
import dev.rapport.storage.sqlite.SqliteStorage;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A customer's text in every view a person reads on a terminal: a name, a company, an owner, notes
 * and goals holding bidirectional overrides and isolates (which turn the rest of a line around),
 * the line and paragraph separators, line breaks and escape sequences. None of those characters
 * reaches the terminal raw, and no value starts a line of its own; the machine formats (CSV,
 * JSON, YAML, TSV, iCalendar) keep them as they are.
 */
class TerminalTextTest {

    /** Turns the rest of its line around, then tries to start lines that look like rapport's own. */
    private static final String NAME = "Eve \u202Eevil\u202C \u2066isolated\u2069 \u2067rtl\u2068first\u2069"
            + "\u2028rapport: forged by a line separator\u2029rapport: forged by a paragraph separator"
            + "\nrapport: forged by a line break\r\u001b[31mred\u0085rapport: forged by NEL";
    /** Characters a terminal must never get from the data. */
    private static final String RAW = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u2028\u2029\u0085\u001b\r";

    @TempDir
    Path home;

    private Rapport rapport;

    @BeforeEach
    void customer() {
        rapport = new Rapport(home);
        ok("customer", "add", NAME, "--id", "E1", "--company", NAME, "--owner", NAME, "--notes", NAME, "--needs", NAME,
                "--tier", "key", "--email", "eve@example.com");
        ok("customer", "add", NAME + " twin", "--id", "E2", "--owner", NAME);
        ok("log", "E1", "--via", "email", "--in", "--note", NAME, "--satisfaction", "3");
        ok("log", "E1", "--via", "call", "--out", "--kind", "needs", "--note", NAME);
        ok("plan", "E1", "--goal", NAME, "--materials", NAME, "--on", "2026-11-23");
        ok("complaint", "open", "E1", "--note", NAME);
    }

    @Test
    void no_view_or_message_passes_bidi_controls_separators_or_escapes_raw_and_none_forges_a_line() {
        List<String[]> commands = List.of(
                args("customer list"), args("customer list --search Eve"), args("customer show E1"), args("agenda"),
                args("agenda --explain"), args("--today 2027-06-01 overdue"), args("next E1"), args("brief E1"),
                args("brief E1 --format markdown"), args("complaint list"), args("complaint show 4"),
                args("report coverage --by owner"), args("report satisfaction --by owner"), args("complete owners"),
                args("complete customers --describe"), args("complete customers Eve"), args("customer show Eve"),
                args("customer tier E1 major"), args("customer edit E1 --notes again"), args("snooze E1 --until 2026-12-20"),
                args("unsnooze E1"), args("done 1"), args("log E1 --via call --out --note done"), args("complaint escalate 4"),
                args("complaint resolve 4 --note fixed"), args("complaint reopen 4"), args("plan E1 --goal renew"),
                args("customer archive E2 --pause"));
        for (Rapport at : List.of(rapport, new Rapport(home).onTerminal())) {
            for (String[] command : commands) {
                var run = at.run(command);
                String what = String.join(" ", command) + (at == rapport ? "" : " (on a terminal)") + "\n" + run;
                assertThat(run.status()).as(what).isIn(0, 2);
                for (String output : List.of(run.out(), run.err())) {
                    // rapport's own colours on a terminal are the only escape sequences
                    String text = output.replaceAll("\u001b\\[[0-9;]*m", "");
                    assertThat(text).as(what).doesNotContain(RAW.chars().mapToObj(c -> String.valueOf((char) c)).toArray(String[]::new));
                    assertThat(text.lines()).as(what).noneMatch(line -> line.strip().startsWith("rapport: forged"));
                }
            }
        }
    }

    @Test
    void a_bidi_control_is_shown_by_its_code_point_and_a_separator_as_a_space() {
        var show = rapport.run("customer", "show", "E1");
        assertThat(show.out()).contains("Eve <U+202E>evil<U+202C> <U+2066>isolated<U+2069>")
                .contains("first<U+2069> rapport: forged by a line separator rapport: forged by a paragraph separator");
        var added = rapport.run("customer", "add", "Bob\u2028rapport: forged", "--id", "B1");
        assertThat(added.err()).isEqualTo("Added B1 (Bob rapport: forged), tier ordinary\n");
    }

    @Test
    void shell_completion_offers_values_as_a_terminal_would_show_them() {
        try (SqliteStorage storage = SqliteStorage.open(rapport.database())) {
            var session = new Session(new Environment(Map.of("HOME", home.toString()), Clock.systemUTC(), false),
                    new GlobalOptions(), new PrintWriter(new StringWriter()));
            var completer = new ShellCompleter(RapportCli.model(session, Commands.COMMANDS).getCommandSpec(),
                    new Suggest(dev.rapport.app.Workspace.of(storage, PolicyFile.load(home.resolve("none.yaml")), java.time.LocalDate.of(2026, 1, 1))));
            for (List<String> words : List.of(List.of("agenda", "--owner", ""), List.of("brief", "Eve"), List.of("brief", "E"))) {
                var offer = (ShellCompleter.Candidates) completer.offer(words);
                assertThat(offer.candidates()).as(words.toString()).isNotEmpty();
                for (Candidate c : offer.candidates()) {
                    for (String text : new String[] {c.value(), c.displ(), c.descr() == null ? "" : c.descr()}) {
                        assertThat(text).as(words.toString()).doesNotContain("\u202E", "\u2028", "\n", "\u001b");
                    }
                }
            }
        }
    }

    @Test
    void csv_json_and_yaml_keep_the_text_exactly() throws Exception {
        var csv = rapport.run("customer", "list", "--format", "csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.out())).getRecords();
        assertThat(rows).filteredOn(r -> r.get("id").equals("E1")).singleElement()
                .satisfies(r -> assertThat(r.get("name")).isEqualTo(NAME.strip()))
                .satisfies(r -> assertThat(r.get("owner")).isEqualTo(NAME.strip()));

        JsonNode json = new ObjectMapper().readTree(rapport.run("customer", "show", "E1", "--format", "json").out());
        assertThat(json.get("name").asText()).isEqualTo(NAME.strip());
        assertThat(json.get("notes").asText()).isEqualTo(NAME.strip());

        JsonNode yaml = new YAMLMapper().readTree(rapport.run("export", "customers", "--format", "yaml").out());
        assertThat(yaml.findValuesAsText("name")).contains(NAME.strip());

        JsonNode agenda = new ObjectMapper().readTree(rapport.run("agenda", "--format", "json").out());
        assertThat(agenda.findValuesAsText("customer")).contains(NAME.strip());

        var export = rapport.run("export", "interactions", "--format", "csv");
        assertThat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(export.out()))
                .getRecords()).extracting(r -> r.get("note")).contains(NAME.strip());
    }

    @Test
    void tsv_and_icalendar_keep_the_bidi_controls_and_separators() {
        for (String[] command : List.of(args("customer list --format tsv"), args("agenda --format tsv"), args("agenda --format ics"))) {
            var run = rapport.run(command);
            assertThat(run.out()).as(String.join(" ", command)).contains("Eve \u202Eevil\u202C \u2066isolated\u2069",
                    "\u2028rapport: forged by a line separator\u2029");
        }
    }

    private static String[] args(String line) {
        return line.split(" ");
    }

    private void ok(String... args) {
        var run = rapport.run(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run).isZero();
    }
}
