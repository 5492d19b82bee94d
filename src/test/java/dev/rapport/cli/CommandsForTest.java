package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.cli.contact.ContactCommand;
import dev.rapport.cli.contact.HistoryCommand;
import dev.rapport.cli.contact.LogCommand;
import dev.rapport.cli.plan.AgendaCommand;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run builds only the commands its words name: start-up pays for one command's model, not all. */
class CommandsForTest {

    @TempDir
    Path home;

    @Test
    void every_command_is_listed_under_the_name_its_annotation_gives() {
        Commands.BY_NAME.forEach((name, command) ->
                assertThat(command.getAnnotation(picocli.CommandLine.Command.class).name()).as(command.getSimpleName()).isEqualTo(name));
    }

    @Test
    void a_command_line_builds_the_command_it_names() {
        assertThat(Commands.commandsFor("--db", "x.db", "agenda", "--days", "3")).containsExactly(AgendaCommand.class);
    }

    @Test
    void corrections_build_the_contact_command_and_history_its_own() {
        assertThat(Commands.commandsFor("contact", "edit", "812", "--outcome", "missed")).containsExactly(ContactCommand.class);
        assertThat(Commands.commandsFor("contact", "delete", "#812")).containsExactly(ContactCommand.class);
        assertThat(Commands.commandsFor("history", "C1", "--limit", "5")).containsExactly(HistoryCommand.class);
    }

    @Test
    void a_customer_named_like_a_command_only_adds_that_command() {
        assertThat(Commands.commandsFor("log", "agenda", "--via", "call", "--in"))
                .containsExactlyInAnyOrder(LogCommand.class, AgendaCommand.class);
    }

    @Test
    void help_no_command_or_an_unknown_one_builds_them_all_and_version_none() {
        assertThat(Commands.commandsFor()).isEqualTo(Commands.COMMANDS);
        assertThat(Commands.commandsFor("--help")).isEqualTo(Commands.COMMANDS);
        assertThat(Commands.commandsFor("agnda")).isEqualTo(Commands.COMMANDS);
        assertThat(Commands.commandsFor("--version")).isEmpty();
    }

    @Test
    void help_lists_every_visible_command_and_a_misspelt_one_gets_a_suggestion() {
        var help = new Rapport(home).run("--help");
        assertThat(help.out()).contains("agenda", "overdue", "customer", "shell", "completion").doesNotContain("cds-training");
        var typo = new Rapport(home).run("agnda");
        assertThat(typo.status()).isEqualTo(2);
        assertThat(typo.err()).contains("Did you mean: rapport agenda");
        assertThat(new Rapport(home).run("--version").out()).startsWith("rapport ");
    }
}
