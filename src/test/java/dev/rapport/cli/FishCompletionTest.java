package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.cli.integration.CompletionCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fish completion script in a real fish, asked with {@code complete -C LINE}, which prints
 * each candidate and its description as the pager would show them: an option with its
 * description also when it takes values, the values once each, customers by id with name and
 * company. The rapport it calls is a stand-in that answers {@code rapport complete} at once.
 */
class FishCompletionTest {

    @TempDir
    Path dir;

    @BeforeEach
    void fishIsInstalled() {
        RealShell.assumeInstalled("fish");
    }

    private String candidates(String line) throws IOException {
        Path script = Files.writeString(dir.resolve("rapport.fish"),
                CompletionCommand.script(Documentation.visibleModel(), CompletionCommand.Shell.fish));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path standIn = Files.writeString(bin.resolve("rapport"), """
                #!/bin/sh
                case "$*" in
                  *"complete customers --describe gmbh") printf 'C0001\\tJürgen Müller, Grün GmbH\\nC0002\\tAda Lovelace, Müller GmbH\\n' ;;
                  *"complete channels --describe "*) printf 'call\\nvisit\\n' ;;
                esac
                """);
        standIn.toFile().setExecutable(true);
        RealShell.Run run = RealShell.run(dir, "fish", "--no-config", "-c",
                "set -gx PATH " + bin + " $PATH; source " + script + "; complete -C '" + line + "'");
        assertThat(run.err()).as(run.toString()).isEmpty();
        return run.out();
    }

    @Test
    void an_option_that_takes_values_is_shown_with_its_description_like_the_others() throws IOException {
        assertThat(candidates("rapport log --").lines()).contains(
                "--via\tcall, visit, email, letter, fax, …",
                "--outcome\treached, missed, voicemail, sent or received (default: reached for calls and visits, sent/received for writing)",
                "--in\tThe customer reached out");
    }

    @Test
    void an_options_values_are_listed_once_each_without_the_options_description() throws IOException {
        assertThat(candidates("rapport config show --format ").lines()).containsExactly("csv", "json", "table", "tsv");
        assertThat(candidates("rapport log C1 --via ").lines()).containsExactly("call", "visit");
    }

    @Test
    void customers_are_listed_by_id_with_name_and_company() throws IOException {
        assertThat(candidates("rapport next gmbh").lines())
                .containsExactly("C0001\tJürgen Müller, Grün GmbH", "C0002\tAda Lovelace, Müller GmbH");
    }
}
