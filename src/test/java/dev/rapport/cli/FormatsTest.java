package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.io.Format;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One format type, {@link Format}, and one declaration per {@code --format} option of the formats it
 * offers ({@link Formats}): what completion offers, what help names and what the command accepts.
 */
class FormatsTest {

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void a_customer() {
        rapport = new Rapport(home);
        assertThat(rapport.run("customer", "add", "Dupont, Marie", "--id", "F1").status()).isZero();
    }

    @Test
    void every_format_option_is_a_format_that_names_the_formats_it_offers_and_its_help_names_the_same() {
        List<String> seen = new ArrayList<>();
        Set<Format> offeredSomewhere = EnumSet.noneOf(Format.class);
        each(model(), (name, option) -> {
            seen.add(name);
            assertThat(option.type()).as(name).isEqualTo(Format.class);
            assertThat(option.completionCandidates()).as(name + " declares what it offers").isInstanceOf(Formats.class);
            List<String> offered = new ArrayList<>();
            option.completionCandidates().forEach(offered::add);
            offered.forEach(f -> offeredSomewhere.add(Format.valueOf(f)));
            String description = String.join(" ", option.description());
            for (Format f : Format.values()) {
                boolean named = Pattern.compile("\\b" + f + "\\b").matcher(description).find();
                assertThat(named).as(name + " --format help names " + f + " exactly when it offers it: " + description)
                        .isEqualTo(offered.contains(f.name()));
            }
            if (option.defaultValue() != null) {
                assertThat(offered).as(name + "'s default").contains(option.defaultValue());
            }
        });
        assertThat(seen).contains("agenda", "overdue", "brief", "export", "import customers", "report coverage", "complaint show");
        assertThat(offeredSomewhere).as("every format is offered somewhere").containsExactlyInAnyOrder(Format.values());
    }

    @Test
    void a_format_the_command_does_not_write_is_refused_naming_the_ones_it_does() {
        var brief = rapport.run("brief", "F1", "--format", "csv");
        assertThat(brief.status()).isEqualTo(2);
        assertThat(brief.err()).isEqualTo("rapport: --format csv: brief writes table, markdown or json\n");
        assertThat(brief.out()).isEmpty();
        assertThat(rapport.run("customer", "list", "--format", "markdown").err())
                .isEqualTo("rapport: --format markdown: customer list writes table, csv, tsv or json\n");
        assertThat(rapport.run("export", "customers", "--format", "table").err())
                .isEqualTo("rapport: --format table: export writes csv, tsv, json or yaml\n");
        assertThat(rapport.run("history", "F1", "--format", "ics").err())
                .isEqualTo("rapport: --format ics is for the agenda and overdue reports\n");
        assertThat(rapport.run("import", "customers", "-", "--format", "ics").err())
                .isEqualTo("rapport: --format ics: import customers reads csv, tsv, json or yaml\n");
    }

    @Test
    void a_word_that_is_no_format_is_refused_with_the_nearest_and_the_list_of_the_command_alone() {
        var agenda = rapport.run("agenda", "--format", "jsno");
        assertThat(agenda.status()).isEqualTo(2);
        assertThat(agenda.err()).isEqualTo("rapport: --format jsno: unknown format; did you mean \"json\"? use one of table, csv, tsv, json, ics\n");
        assertThat(rapport.run("complaint", "show", "1", "--format", "xml").err())
                .isEqualTo("rapport: --format xml: unknown format; use one of table, json\n");
    }

    @Test
    void a_format_is_read_in_any_case() {
        var run = rapport.run("customer", "list", "--format", "CSV");
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("id,");
    }

    private static CommandLine model() {
        Environment environment = new Environment(Map.of(), Clock.systemUTC(), false);
        return RapportCli.model(new Session(environment, new GlobalOptions(), new PrintWriter(Writer.nullWriter())),
                Commands.COMMANDS);
    }

    private static void each(CommandLine parent, java.util.function.BiConsumer<String, OptionSpec> visit) {
        for (CommandLine command : parent.getSubcommands().values()) {
            OptionSpec format = command.getCommandSpec().findOption("--format");
            if (format != null) {
                visit.accept(command.getCommandSpec().qualifiedName(" ").replaceFirst("^rapport ", ""), format);
            }
            each(command, visit);
        }
    }
}
