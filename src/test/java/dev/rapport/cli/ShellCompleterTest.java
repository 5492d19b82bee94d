package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.Suggest;
import dev.rapport.config.PolicyFile;
import dev.rapport.shell.LineInput;
import dev.rapport.shell.ShellCompleter;
import dev.rapport.storage.sqlite.SqliteStorage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Tab offers in the shell, read from the command model, the policy and the database. */
class ShellCompleterTest {

    @TempDir
    Path home;

    SqliteStorage storage;
    ShellCompleter completer;

    @BeforeEach
    void setUp() {
        Rapport rapport = new Rapport(home);
        rapport.run("customer", "add", "Jürgen Müller", "--id", "C1", "--tier", "key", "--owner", "anna");
        rapport.run("customer", "add", "Wang Fang", "--id", "C2", "--tier", "small", "--owner", "li");
        rapport.run("customer", "add", "Anna Lee", "--id", "X3", "--owner", "andreas");
        storage = SqliteStorage.open(rapport.database());
        var session = new Session(new Environment(Map.of("HOME", home.toString()), Clock.systemUTC(), false),
                new GlobalOptions(), new PrintWriter(new StringWriter()));
        var policy = PolicyFile.load(home.resolve("none.yaml"));
        completer = new ShellCompleter(RapportCli.model(session, Commands.COMMANDS).getCommandSpec(),
                new Suggest(dev.rapport.app.Workspace.of(storage, policy, java.time.LocalDate.of(2026, 1, 1))));
    }

    @AfterEach
    void tearDown() {
        storage.close();
    }

    private List<String> offered(String... words) {
        ShellCompleter.Offer offer = completer.offer(Arrays.asList(words));
        assertThat(offer).isInstanceOf(ShellCompleter.Candidates.class);
        return ((ShellCompleter.Candidates) offer).candidates().stream().map(Candidate::value)
                .filter(v -> v.startsWith(words[words.length - 1])).toList();
    }

    @Test
    void the_start_of_a_command_completes_to_the_command_and_hidden_ones_are_not_offered() {
        assertThat(offered("ag")).containsExactly("agenda");
        assertThat(offered("")).contains("agenda", "customer", "log", "shell").doesNotContain("cds-training", "complete");
    }

    @Test
    void subcommands_of_a_command() {
        assertThat(offered("customer", "")).containsExactlyInAnyOrder("add", "show", "edit", "list", "archive", "tier", "merge",
                "duplicates", "forget");
    }

    @Test
    void options_of_the_command_being_typed_with_the_global_ones() {
        assertThat(offered("agenda", "--f")).containsExactlyInAnyOrder("--format", "--fail-if-overdue");
        assertThat(offered("log", "C1", "--")).contains("--via", "--in", "--out", "--db", "--today");
    }

    @Test
    void enum_values_of_an_option() {
        assertThat(offered("agenda", "--format", "")).containsExactly("table", "csv", "tsv", "json", "ics");
        assertThat(offered("log", "C1", "--outcome", "")).contains("reached", "missed", "voicemail");
    }

    @Test
    void tiers_and_channels_come_from_the_policy() {
        assertThat(offered("agenda", "--tier", "")).containsExactly("key", "major", "ordinary", "small");
        assertThat(offered("log", "C1", "--via", "")).contains("call", "visit", "email", "letter");
        assertThat(offered("customer", "tier", "C1", "ma")).containsExactly("major");
    }

    /** The customers offered for the last of {@code words}, each as its value and its description. */
    private List<String> customers(String... words) {
        ShellCompleter.Offer offer = completer.offer(Arrays.asList(words));
        assertThat(offer).isInstanceOf(ShellCompleter.Candidates.class);
        return ((ShellCompleter.Candidates) offer).candidates().stream().map(c -> c.value() + " " + c.descr()).toList();
    }

    @Test
    void customers_are_offered_as_their_ids_found_by_the_id_or_by_any_word_of_the_name_or_company() {
        assertThat(customers("log", "C")).containsExactly("C1 Jürgen Müller", "C2 Wang Fang");
        assertThat(customers("next", "Wa")).containsExactly("C2 Wang Fang");
        assertThat(customers("next", "fang")).containsExactly("C2 Wang Fang");
        assertThat(customers("next", "MULL")).as("case and accents do not count").containsExactly("C1 Jürgen Müller");
        assertThat(customers("next", "lee a")).as("every word, in any order").containsExactly("X3 Anna Lee");
        assertThat(customers("next", "an")).as("Anna, and andreas is an owner, not a name").containsExactly("X3 Anna Lee");
    }

    /** What the line reads after {@code keys} are typed at a terminal that completes. */
    private String typed(String keys) throws IOException {
        var in = new java.io.ByteArrayInputStream((keys + "\n").getBytes(StandardCharsets.UTF_8));
        try (Terminal terminal = new DumbTerminal("test", "xterm", in, new java.io.ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            return LineInput.over(terminal).reader(completer, Optional.empty()).readLine();
        }
    }

    @Test
    void tab_puts_the_id_of_the_one_customer_the_words_find_on_the_line() throws IOException {
        assertThat(typed("next fang\t")).isEqualTo("next C2 ");
        assertThat(typed("log müll\t--via call")).isEqualTo("log C1 --via call");
        assertThat(typed("next C\t")).as("two ids start so: nothing to add").isEqualTo("next C");
        assertThat(typed("next WANG\t")).isEqualTo("next C2 ");
    }

    @Test
    void tab_leaves_words_that_find_several_customers_as_they_are() throws IOException {
        new Rapport(home).run("customer", "add", "Fang Wei", "--id", "C4");
        assertThat(typed("next fang\t")).isEqualTo("next fang");
    }

    @Test
    void archived_customers_are_offered_too_and_say_so() {
        new Rapport(home).run("customer", "archive", "C2");
        assertThat(customers("next", "wang")).containsExactly("C2 Wang Fang (archived)");
    }

    @Test
    void a_value_after_the_customer_is_not_another_customer() {
        assertThat(offered("log", "C1", "C")).isEmpty();
    }

    @Test
    void owners_come_from_the_database() {
        assertThat(offered("agenda", "--owner", "an")).containsExactly("andreas", "anna");
    }

    @Test
    void a_path_is_completed_as_a_file_name() {
        assertThat(completer.offer(List.of("import", "customers", ""))).isInstanceOf(ShellCompleter.Files.class);
        assertThat(completer.offer(List.of("agenda", "--db", ""))).isInstanceOf(ShellCompleter.Files.class);
    }
}
