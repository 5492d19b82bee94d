package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.cli.integration.CompletionCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * The zsh completion script (issue 13 item 15): native zsh, generated from the command model,
 * so that {@code rapport log --<Tab>} lists each option with its description, an option's values
 * are listed once, and a customer is offered as its id described by name and company.
 */
class ZshCompletionTest {

    /** The model is only read here: one for all the tests (building it takes a while). */
    static final CommandLine MODEL = Documentation.visibleModel();

    static final String SCRIPT = CompletionCommand.script(MODEL, CompletionCommand.Shell.zsh);

    /** The body of the function that completes {@code spec}: {@code _rapport_customer_add() { … }}. */
    static String function(CommandSpec spec) {
        String start = "\n_" + spec.qualifiedName("_") + "() {\n";
        int at = SCRIPT.indexOf(start);
        assertThat(at).as("the function of " + spec.qualifiedName()).isNotNegative();
        return SCRIPT.substring(at + start.length(), SCRIPT.indexOf("\n}\n", at));
    }

    static List<CommandSpec> visibleCommands(CommandSpec spec) {
        List<CommandSpec> all = new ArrayList<>(List.of(spec));
        spec.subcommands().values().stream().map(CommandLine::getCommandSpec).filter(sub -> !sub.usageMessage().hidden())
                .forEach(sub -> all.addAll(visibleCommands(sub)));
        return all;
    }

    /** What a spec's quoted word says once zsh has read the quotes: {@code 'a'\''b'} is {@code a'b}. */
    static String unquoted(String word) {
        return word.replace("'\\''", "'").replaceAll("^'|'$", "");
    }

    @Test
    void the_script_is_native_zsh_that_compinit_finds_by_its_first_line() {
        assertThat(SCRIPT).startsWith("#compdef rapport\n")
                .doesNotContain("bashcompinit").doesNotContain("COMPREPLY")
                .contains("\n  compdef _rapport rapport\n");
    }

    @Test
    void every_option_of_every_command_is_an_arguments_spec_with_the_first_sentence_of_its_description() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (CommandSpec spec : visibleCommands(MODEL.getCommandSpec())) {
            String body = function(spec);
            assertThat(body).as(spec.qualifiedName()).contains("_arguments ");
            for (OptionSpec option : spec.options()) {
                if (option.hidden()) {
                    continue;
                }
                String described = CommandLine.Help.Ansi.OFF.string(option.description()[0]);
                for (String name : option.names()) {
                    Matcher written = Pattern.compile("(?m)^    '(\\([^)]*\\))?\\*?" + Pattern.quote(name) + "[=+]?\\[(.*?)(?<!\\\\)\\]")
                            .matcher(body.replace("'\\''", "'"));
                    if (!written.find()) {
                        wrong.add(spec.qualifiedName() + " " + name + ": no spec");
                    } else if (written.group(2).isEmpty() || !described.startsWith(written.group(2).replaceAll("\\\\([\\[\\]\\\\])", "$1"))) {
                        wrong.add(spec.qualifiedName() + " " + name + ": [" + written.group(2) + "] is not the start of: " + described);
                    }
                    checked++;
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void an_option_of_log_reads_as_zsh_shows_it() {
        String log = function(MODEL.getSubcommands().get("log").getCommandSpec());

        assertThat(log.lines().map(String::strip)).contains(
                "'--via=[call, visit, email, letter, fax, …]:CHANNEL:_rapport_values channels' \\",
                "'(--in --out)--in[The customer reached out]' \\",
                "'(--in --out)--out[You reached out]' \\",
                "'--note=[What was said]:TEXT: ' \\",
                "'(-h --help)-h[Show this help message and exit]' \\",
                "'(-h --help)--help[Show this help message and exit]' \\",
                "'1:CUSTOMER:_rapport_values customers'");
    }

    /** fish once showed "(table, csv, … (default" beside every value; zsh lists the values as the action, once. */
    @Test
    void an_options_values_are_listed_once_as_its_action_after_the_description_of_the_option() {
        String show = function(MODEL.getSubcommands().get("config").getSubcommands().get("show").getCommandSpec());

        assertThat(show).containsOnlyOnce("table csv tsv json")
                .contains("'--format=[table, csv, tsv or json (default: table)]:FORMAT:(table csv tsv json)'");
        for (CommandSpec spec : visibleCommands(MODEL.getCommandSpec())) {
            for (OptionSpec option : spec.options()) {
                if (option.completionCandidates() != null && !option.hidden()) {
                    String values = "(" + String.join(" ", option.completionCandidates()) + ")";
                    assertThat(function(spec).split(Pattern.quote(values), -1)).as(spec.qualifiedName() + " " + option.longestName())
                            .hasSize(option.names().length + 1);
                }
            }
        }
    }

    @Test
    void each_command_offers_its_subcommands_with_their_one_line_descriptions() {
        String customer = function(MODEL.getSubcommands().get("customer").getCommandSpec());

        assertThat(customer).contains("'add:Add a customer'", "'tier:Move a customer to another tier of the policy'",
                "_describe -t commands 'rapport customer command' commands", "(tier) _rapport_customer_tier && ret=0 ;;");
        assertThat(function(MODEL.getCommandSpec()))
                .contains("'history:List a customer'\\''s contacts, newest first, each with its #ID'")
                .doesNotContain("'complete:").doesNotContain("cds-training");
    }

    @Test
    void customers_are_asked_of_rapport_with_the_lines_database_and_offered_as_ids_described_by_name_and_company() {
        CommandSpec root = MODEL.getCommandSpec();
        for (String[] command : new String[][] {{"log"}, {"next"}, {"snooze"}, {"customer", "show"}, {"customer", "merge"}}) {
            CommandLine line = MODEL;
            for (String word : command) {
                line = line.getSubcommands().get(word);
            }
            assertThat(function(line.getCommandSpec())).as(String.join(" ", command)).contains(":_rapport_values customers'");
        }
        assertThat(function(root.subcommands().get("agenda").getCommandSpec())).contains(":TIER:_rapport_values tiers'");
        String values = SCRIPT.substring(SCRIPT.indexOf("\n_rapport_values() {"), SCRIPT.indexOf("\n}\n", SCRIPT.indexOf("\n_rapport_values() {")));
        assertThat(values).contains("(--db|--config)", "complete $kind --describe --",
                "_describe -t customers customer described -U");
    }

    /** The script in a real zsh: it loads, and Tab shows what the content above promises. */
    @Nested
    class InZsh {

        @TempDir
        Path dir;

        @BeforeEach
        void zshIsInstalled() {
            RealShell.assumeInstalled("zsh");
        }

        @Test
        void sourced_after_compinit_it_registers_rapport_without_a_word_on_stderr() throws IOException {
            Path script = Files.writeString(dir.resolve("rapport.zsh"), SCRIPT);

            RealShell.Run run = RealShell.run(dir, "zsh", "-f", "-c",
                    "autoload -U compinit && compinit -u -D && source " + script + " && print -r -- $_comps[rapport]");

            assertThat(run.err()).isEmpty();
            assertThat(run.out()).isEqualTo("_rapport\n");
        }

        @Test
        void sourced_without_compinit_it_loads_compinit_itself() throws IOException {
            Path script = Files.writeString(dir.resolve("rapport.zsh"), SCRIPT);

            RealShell.Run run = RealShell.run(dir, "zsh", "-f", "-c", "source " + script + " && print -r -- $_comps[rapport]");

            assertThat(run.err()).isEmpty();
            assertThat(run.out()).isEqualTo("_rapport\n");
        }

        @Test
        void installed_as_rapport_on_fpath_compinit_finds_it() throws IOException {
            Files.writeString(Files.createDirectories(dir.resolve("functions")).resolve("_rapport"), SCRIPT);

            RealShell.Run run = RealShell.run(dir, "zsh", "-f", "-c",
                    "fpath=(" + dir.resolve("functions") + " $fpath); autoload -U compinit && compinit -u -D"
                    + " && print -r -- $_comps[rapport] && autoload +X _rapport && print -r -- ${+functions[_rapport]}");

            assertThat(run.err()).isEmpty();
            assertThat(run.out()).isEqualTo("_rapport\n1\n");
        }

        @Test
        void log_dash_dash_tab_lists_each_option_with_its_description() throws IOException {
            String screen = tab("rapport log --");

            assertThat(screen).contains("--via           -- call, visit, email, letter, fax, …",
                    "--outcome       -- reached, missed, voicemail, sent or received (default: reached for calls and visits",
                    "--in            -- The customer reached out",
                    "--db            -- The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)",
                    "BUFFER:rapport log --");
            assertThat(screen).as("no customer ids for a word that starts with -").doesNotContain("C0001");
        }

        @Test
        void an_options_values_are_offered_once_each() throws IOException {
            assertThat(tab("rapport config show --format ")).contains("csv    json   table  tsv");
        }

        @Test
        void customers_found_by_a_word_of_the_name_are_listed_by_id_with_name_and_company_and_the_word_stays() throws IOException {
            String screen = tab("rapport next gmbh");

            assertThat(screen).contains("C0001  -- Jürgen Müller, Grün GmbH", "C0002  -- Ada Lovelace, Müller GmbH",
                    "BUFFER:rapport next gmbh");
        }

        @Test
        void the_one_customer_a_word_finds_takes_its_place_as_the_id_asked_with_the_lines_database() throws IOException {
            String screen = tab("rapport --db ~/other.db next mitch");

            assertThat(screen).contains("BUFFER:rapport --db " + dir.resolve("home/other.db") + " next C0003");
            assertThat(Files.readString(dir.resolve("calls")))
                    .isEqualTo("--db " + dir.resolve("home/other.db") + " complete customers --describe -- mitch\n");
        }

        @Test
        void subcommands_are_listed_with_their_descriptions() throws IOException {
            assertThat(tab("rapport customer ")).contains("add         -- Add a customer",
                    "tier        -- Move a customer to another tier of the policy");
        }

        /**
         * What an interactive zsh shows when {@code typed} and a Tab are typed, and then the line
         * it is left with, as {@code BUFFER:…}. The rapport it calls is a stand-in that answers
         * {@code rapport complete} as the real one would, at once.
         */
        private String tab(String typed) throws IOException {
            Path script = Files.writeString(dir.resolve("rapport.zsh"), SCRIPT);
            Path bin = Files.createDirectories(dir.resolve("bin"));
            Path standIn = Files.writeString(bin.resolve("rapport"), """
                    #!/bin/sh
                    printf '%%s\\n' "$*" >> %s/calls
                    case "$*" in
                      *"complete customers --describe -- mitch") printf 'C0003\\tSarah Mitchell, Northwind Industrial\\n' ;;
                      *"complete customers --describe -- gmbh") printf 'C0001\\tJürgen Müller, Grün GmbH\\nC0002\\tAda Lovelace, Müller GmbH\\n' ;;
                      *"complete customers --describe -- ") printf 'C0001\\tJürgen Müller, Grün GmbH\\nC0002\\tAda Lovelace, Müller GmbH\\n' ;;
                    esac
                    """.formatted(dir));
            standIn.toFile().setExecutable(true);
            Path driver = Files.writeString(dir.resolve("tab.zsh"), TAB);
            Path home = Files.createDirectories(dir.resolve("home"));
            RealShell.Run run = RealShell.run(dir, "zsh", "-f", driver.toString(), script.toString(), bin.toString(), home.toString(), typed);
            assertThat(run.status()).as(run.toString()).isZero();
            // What the terminal shows, without its control sequences.
            return run.out().replaceAll("\u001b\\[[0-9;?]*[A-Za-z]|\u0007|\r", "").replaceAll("(?m)[ \t]+$", "");
        }
    }

    /**
     * Types a line and a Tab into an interactive zsh on a terminal (zpty), with the script
     * sourced after compinit; then prints the line left (BUFFER:…) and a mark to read up to.
     * {@code tab.zsh SCRIPT BIN HOME LINE}
     */
    private static final String TAB = """
            zmodload zsh/zpty
            script=$1 bin=$2 home=$3 typed=$4
            zpty -b shell "env -i HOME=${(q)home} PATH=${(q)bin}:/usr/bin:/bin TERM=dumb zsh -f -i"
            zpty -w shell "stty rows 200 columns 250; PS1='%% '; LISTMAX=10000"
            zpty -w shell "autoload -U compinit && compinit -u -D && source ${(q)script} && print READY''MARK"
            zpty -r -m shell out '*READYMARK*' || exit 3
            zpty -w -n shell "$typed"$'\\t'
            zpty -w -n shell $'\\x01'"print -r -- BUF''FER:"$'\\n'
            zpty -w shell "print END''MARK"
            zpty -r -m shell out '*ENDMARK*' || exit 4
            print -r -- "$out"
            zpty -d shell
            """;
}
