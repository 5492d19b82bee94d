package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Help reads as text: every command's first description line is a whole sentence (command lists
 * and the man pages' NAME line show it alone), and help is wrapped to the terminal with no line
 * cut short in the middle of a paragraph.
 */
class HelpLayoutTest {

    @TempDir
    Path home;

    /** Ends with a full stop, and is one sentence: no second sentence begins in it. */
    private static final Pattern SENTENCE = Pattern.compile("[A-Z][^\\n]*[^.]\\.");
    private static final Pattern SECOND_SENTENCE = Pattern.compile("[a-z)]\\. [A-Z]");

    @Test
    void every_commands_first_description_line_is_one_whole_sentence() {
        List<String> wrong = new ArrayList<>();
        for (CommandLine command : commands(Documentation.visibleModel())) {
            String[] description = command.getCommandSpec().usageMessage().description();
            String first = description.length == 0 ? "" : description[0];
            if (!SENTENCE.matcher(first).matches() || SECOND_SENTENCE.matcher(first).find() || first.length() > 100) {
                wrong.add(command.getCommandSpec().qualifiedName() + ": " + first);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 120})
    void help_fits_the_width_and_no_line_of_a_paragraph_is_cut_short(int width) {
        Rapport rapport = new Rapport(home).env("COLUMNS", String.valueOf(width));
        List<String> wrong = new ArrayList<>();
        for (CommandLine command : commands(Documentation.visibleModel())) {
            List<String> words = new ArrayList<>(List.of(command.getCommandSpec().qualifiedName().split(" ")));
            words.remove(0);
            words.add("--help");
            String help = rapport.run(words.toArray(String[]::new)).out();
            wrong.addAll(problems(String.join(" ", words), help, width));
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void help_is_80_columns_wide_when_neither_columns_nor_a_terminal_says() {
        String help = new Rapport(home).run("log", "--help").out();

        assertThat(help.lines()).allMatch(line -> line.length() <= 80);
        assertThat(help.lines()).anyMatch(line -> line.length() > 70);
    }

    @Test
    void the_detector_finds_the_fragments_of_pre_wrapped_text() {
        String prewrapped = "Import your customers, let the tier policy say how often each is due, log every\n"
                + "contact,\n"
                + "and ask every morning: rapport agenda.\n";
        String splitTime = "      --hours=HOURS   Preferred hours in the time zone, e.g. 09:\n"
                + "                        00-12:00.\n";

        assertThat(problems("x", prewrapped, 80)).hasSize(1);
        assertThat(problems("x", splitTime, 80)).hasSize(1);
        assertThat(problems("x", "A paragraph whose last line holds\na word.\n\nNext.\n", 40)).isEmpty();
        assertThat(problems("x", "The policy file (env RAPPORT_CONFIG; default\n$XDG_CONFIG_HOME/rapport/config.yaml).\n", 44)).isEmpty();
    }

    /**
     * What is wrong with a help text at a width: a line wider than it; a fragment, that is a line
     * of one or two words (not a row of a table: no two spaces inside), not the end of a sentence, followed by a line of the same paragraph
     * (same indentation, not blank) whose first word would have fitted on it; a number cut at a
     * colon or hyphen (09: / 00).
     */
    static List<String> problems(String command, String help, int width) {
        List<String> wrong = new ArrayList<>();
        List<String> lines = help.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > width) {
                wrong.add(command + " at " + width + ": too wide: " + line);
            }
            if (i + 1 == lines.size()) {
                continue;
            }
            String next = lines.get(i + 1);
            String text = line.strip();
            String following = next.strip();
            boolean sameParagraph = !following.isEmpty() && indent(next) == indent(line);
            String firstWord = following.split(" ")[0];
            boolean short_ = !text.isEmpty() && !text.contains("  ") && text.split(" ").length <= 2 && !text.matches(".*[.:!?]");
            if (short_ && sameParagraph && line.stripTrailing().length() + 1 + firstWord.length() <= width) {
                wrong.add(command + " at " + width + ": a fragment: " + text + " / " + following);
            }
            if (text.matches(".*\\d[:-]") && following.matches("\\d.*")) {
                wrong.add(command + " at " + width + ": a number cut in two: " + text + " / " + following);
            }
        }
        return wrong;
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        all.add(root);
        for (CommandLine sub : root.getSubcommands().values()) {
            all.addAll(commands(sub));
        }
        return all;
    }
}
