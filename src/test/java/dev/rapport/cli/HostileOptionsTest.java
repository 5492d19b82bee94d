package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's options with hostile values: SQL in names, a megabyte of note, impossible dates,
 * negative and zero counts, escape sequences and control characters. Each either stores the value
 * exactly or ends in one clear sentence (exit 2 or 65), never a stack trace; and nothing a
 * customer's data holds reaches a terminal raw.
 */
class HostileOptionsTest {

    private static final String SQL_NAME = "Robert'); DROP TABLE customer;--";
    /** Colour, clear screen, set the window title, ring the bell, erase a line, C1 CSI, backspace, CR. */
    private static final String ESCAPES = "\u001b[31mRed\u001b[0m \u001b[2J\u001b]0;pwned\u0007 \u001b[2K\u009b31m\b\rX";

    @TempDir
    Path home;

    private Rapport rapport;

    @BeforeEach
    void customers() {
        rapport = new Rapport(home);
        ok("customer", "add", SQL_NAME, "--id", "C1", "--company", "O'Brien \"Ltd\"", "--tier", "key");
        ok("customer", "add", ESCAPES, "--id", "C2", "--company", ESCAPES, "--owner", "e\u001b[1mvil", "--notes", ESCAPES);
        ok("log", "C2", "--via", "email", "--in", "--note", ESCAPES);
    }

    @Test
    void names_with_quotes_and_sql_are_stored_exactly_and_match_only_themselves() {
        assertThat(rapport.run("customer", "show", "C1", "--format", "json").out())
                .contains("\"name\": \"Robert'); DROP TABLE customer;--\"").contains("\"company\": \"O'Brien \\\"Ltd\\\"\"");
        assertThat(rapport.run("customer", "list", "--search", "'); DROP", "--format", "csv").out()).contains("C1").doesNotContain("C2");
        assertThat(rapport.run("customer", "list", "--search", "' OR '1'='1", "--format", "csv").out()).doesNotContain("C1");
        assertThat(rapport.run("customer", "list", "--tier", "key' OR 1=1 --", "--format", "csv").out()).doesNotContain("C1");
        var agenda = rapport.run("agenda", "--owner", "x' OR '1'='1", "--format", "csv");
        assertThat(agenda.status()).as("no such owner").isEqualTo(2);
        assertThat(agenda.out()).isEmpty();
        var owner = rapport.run("agenda", "--owner", "e\u001b[1mvil", "--format", "csv");
        assertThat(owner.status()).isZero();
        assertThat(owner.out()).contains("C2").doesNotContain("C1");
        ok("log", "Robert'", "--via", "call", "--out", "--note", "'; DELETE FROM interaction; --");
        assertThat(rapport.run("export", "interactions", "--format", "csv").out()).contains("'; DELETE FROM interaction; --");
        var via = rapport.run("log", "C1", "--via", "call'; DROP TABLE interaction;--", "--out");
        assertThat(via.status()).isEqualTo(2);
        assertThat(rapport.run("customer", "list", "--format", "csv").out()).contains("C1", "C2");
        assertThat(rapport.run("check").status()).isZero();
    }

    @Test
    void a_megabyte_of_note_and_of_name_is_stored_exactly() {
        String note = "Ünïcødé 汉字 ".repeat(100_000).substring(0, 1 << 20);
        ok("log", "C1", "--via", "call", "--out", "--note", note);
        assertThat(rapport.run("export", "interactions", "--format", "json").out()).contains(note);
        String name = "N".repeat(1 << 20);
        ok("customer", "add", name, "--id", "BIG");
        assertThat(rapport.run("customer", "show", "BIG", "--format", "csv").out()).contains(name);
        var table = rapport.env("COLUMNS", "100").run("customer", "list");
        assertThat(table.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void impossible_dates_are_refused_in_words() {
        for (String[] command : List.of(
                new String[] {"--today", "2026-02-30", "agenda"},
                new String[] {"agenda", "--today", "2026-13-01"},
                new String[] {"log", "C1", "--via", "call", "--out", "--at", "2026-02-30"},
                new String[] {"log", "C1", "--via", "call", "--out", "--at", "2026-02-28T25:00"},
                new String[] {"log", "C1", "--via", "call", "--out", "--promise", "x", "--due", "2026-02-30"},
                new String[] {"log", "C1", "--via", "call", "--out", "--promise", "x", "--due", "99999-01-01"},
                new String[] {"log", "C1", "--via", "call", "--out", "--promise", "x", "--within", "99999999 years"},
                new String[] {"snooze", "C1", "--until", "2026-02-30"},
                new String[] {"snooze", "C1", "--until", "999999999 years"},
                new String[] {"snooze", "C1", "--until", "-5 days"},
                new String[] {"customer", "add", "X", "--since", "2026-02-30"},
                new String[] {"customer", "edit", "C1", "--last-contacted", "2026-02-30"},
                new String[] {"customer", "edit", "C1", "--cadence", "call=99999999999 weeks"})) {
            refused(command, 2, 65);
        }
        var env = rapport.env("RAPPORT_TODAY", "2026-02-30").run("agenda");
        assertThat(env.status()).isEqualTo(2);
        assertThat(env.err()).isEqualTo("rapport: RAPPORT_TODAY: \"2026-02-30\" is not a date: 2026-02-30 is not in the calendar; "
                + "use YYYY-MM-DD, e.g. 2026-03-01\n");
    }

    @Test
    void counts_out_of_range_are_usage_errors() {
        refused(new String[] {"agenda", "--days", "-5"}, 2);
        refused(new String[] {"overdue", "--days", "-5"}, 2);
        refused(new String[] {"agenda", "--limit", "0"}, 2);
        refused(new String[] {"overdue", "--limit", "-1"}, 2);
        refused(new String[] {"customer", "list", "--limit", "0"}, 2);
        refused(new String[] {"agenda", "--limit", "99999999999"}, 2);
        refused(new String[] {"log", "C1", "--via", "call", "--out", "--satisfaction", "0"}, 2, 65);
        refused(new String[] {"log", "C1", "--via", "call", "--out", "--satisfaction", "6"}, 2, 65);
        refused(new String[] {"log", "C1", "--via", "call", "--out", "--answers", "-1"}, 2);
        refused(new String[] {"done", "-1"}, 2);
        refused(new String[] {"done", "99999999999999999999"}, 2);
        refused(new String[] {"agenda", "--format", "xml"}, 2);
        refused(new String[] {"import", "customers", "x.csv", "--map", "name"}, 2);
        refused(new String[] {"import", "customers", "x.csv", "--encoding", "klingon"}, 2);
        refused(new String[] {"agenda", "--days", "2147483647"}, 2);
        refused(new String[] {"--db", "/", "agenda"}, 74);
        refused(new String[] {"--db", home.toString(), "agenda"}, 74);
        refused(new String[] {"--config", home.toString(), "agenda"}, 66);
    }

    @Test
    void escape_sequences_in_customer_data_never_reach_the_terminal_raw() {
        ok("snooze", "C2", "--until", "2026-12-20");
        List<String[]> commands = List.of(
                new String[] {"customer", "list"}, new String[] {"customer", "show", "C2"}, new String[] {"agenda", "--days", "60"},
                new String[] {"agenda", "--days", "60", "--explain"}, new String[] {"--today", "2027-06-01", "overdue"},
                new String[] {"next", "C2"}, new String[] {"log", "C2", "--via", "call", "--out", "--note", ESCAPES},
                new String[] {"unsnooze", "C2"}, new String[] {"snooze", "C2", "--until", "2026-12-24"},
                new String[] {"customer", "show", ESCAPES}, new String[] {"log", ESCAPES, "--via", "call", "--out"},
                new String[] {"customer", "list", "--owner", ESCAPES}, new String[] {"agenda", "--channel", ESCAPES},
                new String[] {"customer", "tier", "C2", ESCAPES}, new String[] {"--" + ESCAPES},
                new String[] {"customer", "edit", "C2", "--notes", ESCAPES + " again"});
        for (Rapport at : List.of(rapport, new Rapport(home).onTerminal())) {
            for (String[] command : commands) {
                var run = at.run(command);
                String what = String.join(" ", command) + (at == rapport ? "" : " (on a terminal)");
                for (String text : List.of(run.out(), run.err())) {
                    assertThat(text).as(what).doesNotContain("\u001b[31mRed", "\u001b[2J", "\u001b]0", "\u0007", "\u001b[2K",
                            "\u009b", "\b", "\r", "\u001b[1mvil");
                    if (at == rapport) {
                        assertThat(text).as(what + ": no terminal, no escapes at all").doesNotContain("\u001b");
                    }
                }
            }
        }
        // Stored exactly, all the same: machine formats carry the data as it is.
        assertThat(rapport.run("export", "customers", "--format", "json").out()).contains("\\u001b[31mRed");
    }

    @Test
    void every_command_ends_in_a_sentence_with_hostile_values() throws Exception {
        String h = "'\"; DROP TABLE customer;--\u001b[2J\u0000%s%n${x}`id`$(id)";
        Files.writeString(home.resolve("in.csv"), "id,name\n" + "H1,\"" + h.replace("\"", "\"\"").replace("\u0000", "") + "\"\n");
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"customer", "add", h, "--id", h, "--email", h, "--phone", h, "--tags", h});
        commands.add(new String[] {"customer", "add", "x", "--tier", h});
        commands.add(new String[] {"customer", "add", "x", "--days", h});
        commands.add(new String[] {"customer", "add", "x", "--hours", h});
        commands.add(new String[] {"customer", "add", "x", "--timezone", h});
        commands.add(new String[] {"customer", "add", "x", "--status", h});
        commands.add(new String[] {"customer", "add", "x", "--style", h});
        commands.add(new String[] {"customer", "add", "x", "--cadence", h});
        commands.add(new String[] {"customer", "add", "x", "--cadence", "call=" + h});
        commands.add(new String[] {"customer", "add", "x", "--channel", h});
        commands.add(new String[] {"customer", "edit", h, "--name", "y"});
        commands.add(new String[] {"customer", "edit", "C1", "--email", h});
        commands.add(new String[] {"customer", "show", h});
        commands.add(new String[] {"customer", "archive", h});
        commands.add(new String[] {"customer", "tier", "C1", h});
        commands.add(new String[] {"customer", "list", "--tag", h, "--search", h, "--owner", h, "--tier", h});
        commands.add(new String[] {"customer", "list", "--status", h});
        commands.add(new String[] {"import", "customers", home.resolve("in.csv").toString(), "--map", "name=" + h, "--map-tier", h + "=key"});
        commands.add(new String[] {"import", "customers", home.resolve("in.csv").toString(), "--map", h + "=name"});
        commands.add(new String[] {"import", "customers", h});
        commands.add(new String[] {"import", "customers", home.resolve("in.csv").toString(), "--format", h});
        commands.add(new String[] {"import", "customers", home.resolve("in.csv").toString(), "--mapping", h});
        commands.add(new String[] {"import", "customers", home.resolve("in.csv").toString(), "--rejects", home.resolve("no/dir/r.csv").toString()});
        commands.add(new String[] {"import", "interactions", h});
        commands.add(new String[] {"log", h, "--via", "call", "--out"});
        commands.add(new String[] {"log", "C1", "--via", h, "--out"});
        commands.add(new String[] {"log", "C1", "--via", "call", "--out", "--kind", h});
        commands.add(new String[] {"log", "C1", "--via", "call", "--out", "--at", h});
        commands.add(new String[] {"log", "C1", "--via", "call", "--out", "--promise", h, "--within", h});
        commands.add(new String[] {"log", "C1", "--via", "call", "--out", "--note", h, "--promise", h, "--within", "3 days"});
        commands.add(new String[] {"agenda", "--owner", h, "--tier", h, "--reason", h});
        commands.add(new String[] {"agenda", "--channel", h});
        commands.add(new String[] {"overdue", "--reason", h, "--format", "ics"});
        commands.add(new String[] {"next", h});
        commands.add(new String[] {"done", "1", "--note", h});
        commands.add(new String[] {"snooze", "C1", "--until", h});
        commands.add(new String[] {"snooze", "C1", "--until", "2 weeks", "--channel", h});
        commands.add(new String[] {"unsnooze", h});
        commands.add(new String[] {"export", h});
        commands.add(new String[] {"export", "customers", "--output", home.resolve("no/dir/x.csv").toString()});
        commands.add(new String[] {"backup", home.resolve(h.replace("/", "").replace("\u0000", "")).toString()});
        commands.add(new String[] {"restore", home.resolve("in.csv").toString()});
        commands.add(new String[] {"completion", h});
        commands.add(new String[] {"--config", h, "agenda"});
        commands.add(new String[] {"--db", home.resolve("x\u0001y.db").toString(), "check"});
        for (String[] command : commands) {
            var run = rapport.run(command);
            String what = String.join(" ", command) + "\n" + run;
            assertThat(run.status()).as(what).isIn(0, 2, 65, 66, 74);
            assertThat(run.err()).as(what).doesNotContain("Exception", "\tat ", "internal error", "\u001b");
            assertThat(run.err().lines().filter(l -> !l.startsWith("Try: ") && !l.startsWith("Did you mean"))).as(what)
                    .hasSizeLessThanOrEqualTo(2);
        }
        assertThat(rapport.run("check").status()).isZero();
        assertThat(rapport.run("customer", "list", "--format", "csv").out()).contains("C1", "C2");
    }

    private void ok(String... args) {
        var run = rapport.run(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run).isZero();
    }

    private void refused(String[] command, Integer... statuses) {
        var run = rapport.run(command);
        String what = String.join(" ", command) + "\n" + run;
        assertThat(run.status()).as(what).isIn((Object[]) statuses);
        assertThat(run.err()).as(what).startsWith("rapport: ").doesNotContain("Exception", "\tat ");
        assertThat(run.err().lines().filter(l -> !l.startsWith("Try: "))).as(what).hasSize(1);
    }
}
