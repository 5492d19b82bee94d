package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The man pages the build generates (Documentation): the sections a man page has, and what they say. */
class ManPagesTest {

    @TempDir
    static Path docs;

    static List<Path> pages;

    @BeforeAll
    static void generate() throws IOException {
        Documentation.main(new String[] {docs.toString(), "9.9.9"});
        try (Stream<Path> files = Files.list(docs.resolve("man"))) {
            pages = files.sorted().toList();
        }
    }

    @Test
    void every_page_has_exit_status_environment_files_examples_and_see_also() throws IOException {
        assertThat(pages).hasSizeGreaterThan(40);
        for (Path page : pages) {
            String text = Files.readString(page);
            assertThat(headings(text)).as(page.getFileName().toString())
                    .containsSubsequence("Name", "Synopsis", "Description", "Exit status", "Environment", "Files", "Examples", "See also");
        }
    }

    @Test
    void the_exit_status_section_states_the_rule_of_every_command() throws IOException {
        for (String name : List.of("rapport.adoc", "rapport-agenda.adoc", "rapport-complaint-resolve.adoc")) {
            String status = section(Files.readString(docs.resolve("man").resolve(name)), "Exit status");
            assertThat(status).as(name)
                    .contains("*0*", "success")
                    .contains("*2*", "usage error: an unknown option, or a bad value on the command line, whatever the option")
                    .contains("*3*", "overdue items found (--fail-if-overdue)")
                    .contains("*65*", "bad data in a file (an import, the policy, a damaged database row)")
                    .contains("*66*", "no such file or database")
                    .contains("*70*", "internal error")
                    .contains("*74*", "I/O error")
                    .contains("*75*", "database busy")
                    .contains("*130*", "cancelled at a question (Ctrl-C)");
        }
    }

    @Test
    void the_environment_and_files_sections_name_every_variable_and_path_rapport_reads() throws IOException {
        String page = Files.readString(docs.resolve("man/rapport-log.adoc"));

        assertThat(section(page, "Environment")).contains("RAPPORT_DB", "RAPPORT_CONFIG", "RAPPORT_TODAY", "RAPPORT_USER", "NO_COLOR",
                "TERM", "COLUMNS", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME");
        assertThat(section(page, "Files")).contains("$XDG_CONFIG_HOME/rapport/config.yaml", "$XDG_DATA_HOME/rapport/rapport.db",
                "$XDG_STATE_HOME/rapport/history", "$XDG_CACHE_HOME/rapport/");
    }

    @Test
    void see_also_links_rapport_the_parent_and_the_commands_below() throws IOException {
        assertThat(section(Files.readString(docs.resolve("man/rapport-complaint-resolve.adoc")), "See also"))
                .contains("*rapport*(1)", "*rapport-complaint*(1)");
        assertThat(section(Files.readString(docs.resolve("man/rapport-complaint.adoc")), "See also"))
                .contains("*rapport*(1)", "*rapport-complaint-resolve*(1)", "*rapport-complaint-list*(1)");
        assertThat(section(Files.readString(docs.resolve("man/rapport.adoc")), "See also"))
                .contains("*rapport-agenda*(1)", "*rapport-log*(1)");
    }

    @Test
    void the_name_line_is_the_whole_first_sentence() throws IOException {
        String name = section(Files.readString(docs.resolve("man/rapport-log.adoc")), "Name").strip();

        assertThat(name).isEqualTo("rapport-log - Record a contact with a customer.");
    }

    /** troff cannot break a list written without spaces, and warns that the line sticks out of the page. */
    @Test
    void a_long_list_without_spaces_gets_break_points_after_its_commas() throws IOException {
        assertThat(section(Files.readString(docs.resolve("man/rapport-agenda.adoc")), "Description"))
                .contains("CSV columns: due,{zwsp}customer_id,{zwsp}customer,{zwsp}tier,");
        for (Path page : pages) {
            assertThat(section(Files.readString(page), "Examples")).as(page.getFileName().toString()).doesNotContain("{zwsp}");
        }
    }

    @Test
    void literal_text_and_short_words_keep_their_commas_as_written() {
        String list = "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v";
        String page = "Columns: " + list + " and 1,2.\n\n  rapport x " + list + "\n  more " + list + "\n\n....\n" + list + "\n....\n";

        assertThat(Documentation.breakableLists(page)).isEqualTo(
                "Columns: a,{zwsp}b,{zwsp}c,{zwsp}d,{zwsp}e,{zwsp}f,{zwsp}g,{zwsp}h,{zwsp}i,{zwsp}j,{zwsp}k,{zwsp}l,{zwsp}m,{zwsp}n,"
                        + "{zwsp}o,{zwsp}p,{zwsp}q,{zwsp}r,{zwsp}s,{zwsp}t,{zwsp}u,{zwsp}v and 1,2.\n\n  rapport x " + list + "\n  more "
                        + list + "\n\n....\n" + list + "\n....\n");
    }

    /** An example that does not parse would teach a command line that fails. */
    @Test
    void every_example_is_a_command_line_rapport_accepts() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path page : pages) {
            String examples = section(Files.readString(page), "Examples");
            for (String line : examples.lines().filter(l -> l.startsWith("rapport ")).toList()) {
                List<String> words = words(line.replaceAll(" [<>] .*$", ""));
                try {
                    Documentation.visibleModel().parseArgs(words.subList(1, words.size()).toArray(String[]::new));
                } catch (CommandLine.ParameterException e) {
                    wrong.add(page.getFileName() + ": " + line + ": " + e.getMessage());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static List<String> headings(String page) {
        List<String> headings = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^== (.+)$").matcher(page);
        while (m.find()) {
            headings.add(m.group(1).strip());
        }
        return headings;
    }

    private static String section(String page, String heading) {
        int start = page.indexOf("\n== " + heading + "\n");
        assertThat(start).as("section " + heading).isNotNegative();
        int end = page.indexOf("\n== ", start + 1);
        return page.substring(start + heading.length() + 5, end < 0 ? page.length() : end).replaceAll("(?m)^//.*$", "");
    }

    /** Words as a shell splits them: spaces outside double quotes. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words;
    }
}
