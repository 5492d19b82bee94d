package dev.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One home per rule (STYLE.md, habit 12): which outcomes restart a clock is said by
 * {@link Outcome#restartsClock}, and SQL gets it from there, as bound parameters or, where SQL
 * takes none, rendered from {@link Outcome#clockRestarting()}. So no SQL text in the sources
 * names an outcome: the string literals and text blocks of {@code src/main/java} are read, and
 * an outcome as an SQL literal ({@code 'reached'}, in any case) fails with its file and line.
 * Comments may name them.
 */
class OutcomeLiteralsTest {

    private static final Path MAIN = Path.of("src/main/java");

    /**
     * Every outcome and obligation type there is, as an SQL string literal: a new one is covered
     * too. (Which obligations are complaints is {@code ObligationType.RESOLVE}'s to say.)
     */
    private static final Pattern OUTCOME_LITERAL = Pattern.compile("'(" + Stream.concat(Arrays.stream(Outcome.values()),
            Arrays.stream(ObligationType.values())).map(Object::toString).collect(Collectors.joining("|")) + ")'", Pattern.CASE_INSENSITIVE);

    @Test
    void no_sql_in_the_sources_names_an_outcome() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(outcomeLiterals(MAIN.relativize(file).toString(), Files.readString(file)));
            }
        }
        assertThat(found).as("outcomes or obligation types written into SQL; bind InList.of(Outcome.clockRestarting()),"
                + " ObligationType.RESOLVE.key() and the like, or render them").isEmpty();
    }

    @Test
    void the_scan_finds_what_it_is_for() {
        String source = """
                class X {
                    // a comment may say 'reached'
                    /** and so may {@code 'missed'} */
                    String a = "SELECT 1 FROM interaction WHERE outcome IN ('reached', 'Sent')";
                    String b = \"""
                            UPDATE customer SET contacted = 1
                                WHERE outcome = 'voicemail';
                            \""";
                    String c = "it's fine: " + 'x' + "'unsent'";
                    String d = "SELECT count(*) FROM obligation WHERE type = 'resolve'";
                }
                """;
        assertThat(outcomeLiterals("X.java", source)).containsExactly(
                "X.java:4: 'reached'", "X.java:4: 'Sent'", "X.java:7: 'voicemail'", "X.java:10: 'resolve'");
    }

    /** Each outcome literal in the string literals of {@code source}, as "file:line: literal". */
    static List<String> outcomeLiterals(String file, String source) {
        List<String> found = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = end(source, source.indexOf('\n', i));
            } else if (source.startsWith("/*", i)) {
                int end = end(source, source.indexOf("*/", i + 2));
                line += lines(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = end(source, source.indexOf("\"\"\"", i + 3));
                scan(file, source, i + 3, end, line, found);
                line += lines(source, i, end);
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    scan(file, source, i + 1, Math.min(j, source.length()), line, found);
                }
                i = j + 1;
            } else {
                line += c == '\n' ? 1 : 0;
                i++;
            }
        }
        return found;
    }

    private static void scan(String file, String source, int from, int to, int line, List<String> found) {
        Matcher m = OUTCOME_LITERAL.matcher(source.substring(from, to));
        while (m.find()) {
            found.add(file + ":" + (line + lines(source, from, from + m.start())) + ": " + m.group());
        }
    }

    private static int end(String source, int index) {
        return index < 0 ? source.length() : index;
    }

    private static int lines(String source, int from, int to) {
        int n = 0;
        for (int k = from; k < Math.min(to, source.length()); k++) {
            n += source.charAt(k) == '\n' ? 1 : 0;
        }
        return n;
    }
}
