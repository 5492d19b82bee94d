package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Finding customers (issue 13 item 11): a customer is named by the start of any word of its name
 * or company, ignoring case and accents, or by its id or e-mail; archived customers stay out of
 * the choice unless {@code --all}; words that fit several list them, one a line, with their
 * company and owner; completion puts the id on the line, described by the name.
 *
 * <p>The world: Sarah Mitchell of Northwind (anna), Jürgen Müller of Grün &amp; Söhne (bernd),
 * Ada Lovelace of Müller GmbH (anna).
 */
class FindingCustomersTest {

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void world() {
        rapport = new Rapport(home);
        ok("customer", "add", "Sarah Mitchell", "--id", "C1", "--company", "Northwind Industrial", "--owner", "anna");
        ok("customer", "add", "Jürgen Müller", "--id", "C2", "--company", "Grün & Söhne", "--owner", "bernd");
        ok("customer", "add", "Ada Lovelace", "--id", "C3", "--company", "Müller GmbH", "--owner", "anna");
    }

    private Rapport.Run ok(String... args) {
        var run = rapport.run(args);
        assertThat(run.status()).as(run.toString()).isZero();
        return run;
    }

    private List<String> searched(String... search) {
        List<String> args = new ArrayList<>(List.of("customer", "list", "--format", "tsv"));
        args.addAll(Arrays.asList(search));
        return ok(args.toArray(String[]::new)).out().lines().skip(1).map(line -> line.split("\t")[0]).toList();
    }

    @Test
    void any_word_of_the_name_or_the_company_names_the_customer() {
        assertThat(ok("next", "mitchell").out()).contains("Sarah Mitchell [C1]");
        assertThat(ok("next", "NORTHWIND").out()).contains("Sarah Mitchell [C1]");
        assertThat(ok("log", "jurgen", "--via", "call", "--out").err()).contains("with Jürgen Müller [C2]");
        assertThat(ok("customer", "show", "lovelace müll").out()).contains("C3");
    }

    @Test
    void customer_list_search_finds_by_words_ignoring_case_and_accents() {
        assertThat(searched("-s", "muller")).containsExactly("C2", "C3");
        assertThat(searched("-s", "MÜLLER")).containsExactly("C2", "C3");
        assertThat(searched("--search", "Muller")).containsExactly("C2", "C3");
        assertThat(searched("-s", "gmbh")).containsExactly("C3");
        assertThat(searched("-s", "söhne grün")).containsExactly("C2");
        assertThat(searched("-s", "c1")).containsExactly("C1");
    }

    @Test
    void words_that_fit_several_list_them_one_a_line_with_company_and_owner() {
        var run = rapport.run("next", "müller");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("rapport: \"müller\" matches several customers; use an id:\n"
                + "  C2  Jürgen Müller, Grün & Söhne, owner bernd\n"
                + "  C3  Ada Lovelace, Müller GmbH, owner anna\n");
    }

    @Test
    void a_candidate_s_text_is_shown_not_run_and_cannot_make_lines_of_its_own() {
        ok("customer", "add", "Eve\u001b[2J\nrapport: fine", "--id", "C4", "--company", "Müller\rX");
        var run = rapport.run("next", "muller");
        assertThat(run.err()).contains("  C4  Eve^[[2J rapport: fine, Müller X\n").doesNotContain("\u001b").doesNotContain("\nrapport: fine");
    }

    @Test
    void archived_customers_are_left_out_of_the_choice_unless_all() {
        ok("customer", "archive", "C3");

        assertThat(ok("next", "muller").out()).contains("Jürgen Müller [C2]");
        var all = rapport.run("next", "muller", "--all");
        assertThat(all.status()).isEqualTo(2);
        assertThat(all.err()).contains("  C2  Jürgen Müller, Grün & Söhne, owner bernd\n")
                .contains("  C3  Ada Lovelace, Müller GmbH, owner anna (archived)\n");
        assertThat(ok("next", "lovelace").out()).as("only an archived one fits: it is meant").contains("Ada Lovelace [C3]");
        assertThat(ok("customer", "edit", "gmbh", "--status", "active").err()).contains("C3");
    }

    @Test
    void when_several_are_left_the_message_says_archived_ones_were_left_out() {
        ok("customer", "archive", "C3");
        ok("customer", "add", "Max Müller", "--id", "C4");
        var run = rapport.run("next", "muller");
        assertThat(run.err()).startsWith("rapport: \"muller\" matches several customers; use an id (archived ones left out;"
                + " --all counts them too):\n").contains("  C2  ").contains("  C4  Max Müller\n").doesNotContain("C3");
    }

    @Test
    void every_command_that_looks_a_customer_up_takes_all() {
        ok("customer", "archive", "C3");
        ok("log", "C1", "--via", "call", "--out");
        String before = DatabaseDump.of(rapport.database());
        for (String[] command : List.of(new String[] {"customer", "show", "muller"}, new String[] {"customer", "edit", "muller", "--notes", "x"},
                new String[] {"customer", "tier", "muller", "key"}, new String[] {"customer", "archive", "muller"},
                new String[] {"customer", "merge", "muller", "C1"}, new String[] {"customer", "forget", "muller", "--yes"},
                new String[] {"log", "muller", "--via", "call", "--out"}, new String[] {"next", "muller"}, new String[] {"brief", "muller"},
                new String[] {"snooze", "muller", "--until", "2 weeks"}, new String[] {"unsnooze", "muller"},
                new String[] {"history", "muller"}, new String[] {"plan", "muller", "--goal", "renew"},
                new String[] {"complaint", "open", "muller", "--note", "late"}, new String[] {"complaint", "list", "--customer", "muller"},
                new String[] {"contact", "edit", "1", "--customer", "muller"})) {
            List<String> args = new ArrayList<>(Arrays.asList(command));
            args.add("--all");
            var run = rapport.run(args.toArray(String[]::new));
            assertThat(run.status()).as(String.join(" ", args) + "\n" + run.err()).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", args)).contains("matches several customers").contains("C3");
        }
        assertThat(DatabaseDump.of(rapport.database())).isEqualTo(before);
    }

    @Test
    void every_customer_a_command_takes_comes_with_all() {
        var session = new Session(new Environment(Map.of("HOME", home.toString()), Clock.systemUTC(), false), new GlobalOptions(),
                new PrintWriter(Writer.nullWriter()));
        List<String> without = new ArrayList<>();
        walk(RapportCli.model(session, Commands.COMMANDS).getCommandSpec(), without);
        assertThat(without).as("commands that look a customer up without --all").isEmpty();
    }

    private static void walk(CommandSpec spec, List<String> without) {
        List<ArgSpec> args = new ArrayList<>(spec.positionalParameters());
        args.addAll(spec.options());
        boolean customer = args.stream().anyMatch(a -> List.of("CUSTOMER", "KEEP", "DUPLICATE").contains(a.paramLabel()));
        if (customer && spec.findOption("--all") == null) {
            without.add(spec.qualifiedName());
        }
        for (CommandLine sub : spec.subcommands().values()) {
            walk(sub.getCommandSpec(), without);
        }
    }

    @Test
    void text_with_the_word_index_s_syntax_is_only_words() {
        ok("customer", "add", "x\" OR \"y", "--id", "H1");
        ok("customer", "add", "NEAR(", "--id", "H2", "--company", "name:foo");

        assertThat(ok("next", "x\" OR \"y").out()).contains("[H1]");
        assertThat(searched("-s", "x\" OR \"y")).containsExactly("H1");
        assertThat(searched("-s", "NEAR(")).containsExactly("H2");
        assertThat(searched("-s", "name:foo")).containsExactly("H2");
        assertThat(searched("-s", "*")).isEmpty();
        var star = rapport.run("next", "\"*");
        assertThat(star.status()).as(star.toString()).isEqualTo(2);
        assertThat(star.err()).startsWith("rapport: no customer matches");
    }

    @Test
    void completion_puts_the_id_on_the_line_described_by_the_name() {
        assertThat(ok("complete", "customers", "mitch").out()).isEqualTo("C1\n");
        assertThat(ok("complete", "customers", "--describe", "MÜLL").out())
                .isEqualTo("C2\tJürgen Müller, Grün & Söhne\nC3\tAda Lovelace, Müller GmbH\n");
        ok("customer", "archive", "C3");
        assertThat(ok("complete", "customers", "--describe", "gmbh").out()).isEqualTo("C3\tAda Lovelace, Müller GmbH (archived)\n");
    }

    @Test
    void an_import_builds_the_word_index_and_its_undo_empties_it() throws Exception {
        Path other = home.resolve("other.db");
        Path csv = home.resolve("customers.csv");
        StringBuilder rows = new StringBuilder("id,name,company\n");
        for (int i = 1; i <= 300; i++) {
            rows.append("K").append(i).append(",Name").append(i).append(" Weiß,Straßen Bau ").append(i).append('\n');
        }
        Files.writeString(csv, rows);
        ok("--db", other.toString(), "import", "customers", csv.toString());

        var found = ok("--db", other.toString(), "next", "name299");
        assertThat(found.out()).contains("[K299]");
        assertThat(DatabaseDump.wordIndexAgrees(other)).isTrue();

        ok("--db", other.toString(), "undo");
        assertThat(rapport.run("--db", other.toString(), "next", "name299").status()).isEqualTo(2);
        assertThat(DatabaseDump.wordIndexAgrees(other)).isTrue();
    }

    @Test
    void a_restored_backup_brings_its_word_index() {
        Path copy = home.resolve("copy.db");
        ok("backup", copy.toString());
        ok("customer", "add", "Later Customer", "--id", "C9");
        ok("customer", "edit", "C2", "--name", "Jürgen Schmidt");

        ok("restore", copy.toString());

        assertThat(searched("-s", "later")).isEmpty();
        assertThat(searched("-s", "muller")).containsExactly("C2", "C3");
        assertThat(DatabaseDump.wordIndexAgrees(rapport.database())).isTrue();
        ok("customer", "add", "After Restore", "--id", "C10");
        assertThat(searched("-s", "restore")).containsExactly("C10");
    }
}
