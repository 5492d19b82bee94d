package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.cli.integration.CompletionCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The checked-in completion scripts are what the command model generates; so are the man pages. */
class CompletionFilesTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(CompletionCommand.Shell.class)
    void the_checked_in_script_is_what_the_build_generates(CompletionCommand.Shell shell) throws IOException {
        Path checkedIn = Path.of("completions/rapport." + shell);
        var run = new Rapport(home).run("completion", shell.name());
        assertThat(run.status()).isZero();
        assertThat(Files.readString(checkedIn))
                .as(checkedIn + " is stale; regenerate all three with: mvn -B -q clean package -DskipTests"
                        + " && cp target/generated-docs/completions/rapport.* completions/")
                .isEqualTo(run.out())
                .isEqualTo(CompletionCommand.script(Documentation.visibleModel(), shell));
    }

    @ParameterizedTest
    @EnumSource(CompletionCommand.Shell.class)
    void every_visible_command_is_offered_and_the_hidden_ones_are_not(CompletionCommand.Shell shell) {
        String script = new Rapport(home).run("completion", shell.name()).out();
        assertThat(script).contains("agenda", "overdue", "customer", "import", "log", "shell");
        assertThat(script).doesNotContain("cds-training").doesNotContain("'complete'");
    }

    @ParameterizedTest
    @EnumSource(CompletionCommand.Shell.class)
    void customers_owners_tiers_and_channels_are_asked_of_rapport_at_each_tab(CompletionCommand.Shell shell) {
        String script = new Rapport(home).run("completion", shell.name()).out();
        String call = shell == CompletionCommand.Shell.fish ? "__rapport_values " : "_rapport_values ";
        assertThat(script).contains(call + "customers", call + "owners", call + "tiers", call + "channels");
    }

    @Test
    void the_bash_script_completes_the_customer_of_log_next_and_snooze_from_rapport() {
        String script = new Rapport(home).run("completion", "bash").out();
        for (String command : new String[] {"log", "next", "snooze", "unsnooze", "customer_show", "customer_edit"}) {
            String function = script.substring(script.indexOf("function _picocli_rapport_" + command + "()"));
            function = function.substring(0, function.indexOf("\n}\n"));
            assertThat(function).as(command).contains("_rapport_values customers");
        }
    }

    @Test
    void the_build_writes_a_man_page_for_rapport_and_each_visible_command() throws IOException {
        Documentation.main(new String[] {home.toString(), "9.9"});
        try (Stream<Path> pages = Files.list(home.resolve("man"))) {
            assertThat(pages.map(p -> p.getFileName().toString()))
                    .contains("rapport.adoc", "rapport-agenda.adoc", "rapport-customer-add.adoc", "rapport-shell.adoc")
                    .noneMatch(n -> n.contains("training") || n.equals("rapport-complete.adoc"));
        }
        assertThat(Files.readString(home.resolve("man/rapport-agenda.adoc"))).contains("--fail-if-overdue").contains("9.9");
        assertThat(Files.readString(home.resolve("completions/rapport.fish")))
                .isEqualTo(CompletionCommand.script(Documentation.visibleModel(), CompletionCommand.Shell.fish));
    }

    /** fish shows a line's -d beside each of its values: "(table, csv, … (default" four times over. */
    @Test
    void fish_lists_the_values_of_an_option_once_each_and_describes_the_option_whole() {
        String fish = CompletionCommand.script(Documentation.visibleModel(), CompletionCommand.Shell.fish);
        java.util.List<String> format = fish.lines().filter(l -> l.contains("'__rapport_using \\'config show\\'' -l format")).toList();

        assertThat(format).containsExactly(
                "complete -c rapport -n '__rapport_using \\'config show\\'' -l format -x -a 'table csv tsv json'",
                "complete -c rapport -n '__rapport_using \\'config show\\'' -l format -x -d 'table, csv, tsv or json (default: table)'");
        assertThat(fish).doesNotContain("(default'").doesNotContain("-x -a 'table csv tsv json' -d");
    }
}
