package dev.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layering of STYLE.md, read from the sources so that it cannot quietly erode. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/dev/rapport");

    @Test
    void the_domain_imports_no_database_cli_yaml_csv_or_terminal_library() throws IOException {
        assertThat(importsMatching("domain", "^import (static )?(java\\.sql|javax\\.sql|picocli|com\\.fasterxml|org\\.yaml|org\\.apache\\.commons\\.csv|org\\.jline|org\\.sqlite)\\b.*"))
                .isEmpty();
    }

    @Test
    void the_domain_depends_on_nothing_else_of_rapport() throws IOException {
        assertThat(importsMatching("domain", "^import (static )?dev\\.rapport\\.(?!domain\\.).*")).isEmpty();
    }

    @Test
    void use_cases_know_the_domain_but_not_storage_cli_or_libraries() throws IOException {
        assertThat(importsMatching("app", "^import (static )?(dev\\.rapport\\.(storage|cli|terminal|io|config)|java\\.sql|picocli|org\\.sqlite|org\\.jline|com\\.fasterxml|org\\.apache)\\b.*"))
                .isEmpty();
    }

    @Test
    void nothing_reads_the_system_clock_but_the_environment() throws IOException {
        assertThat(linesMatching(".*\\b(LocalDate|LocalDateTime|Instant|ZonedDateTime)\\.now\\(\\).*")).isEmpty();
    }

    @Test
    void only_main_exits_the_jvm() throws IOException {
        assertThat(linesMatching(".*System\\.exit\\(.*"))
                .allMatch(line -> line.startsWith(MAIN.resolve("Main.java").toString()));
    }

    @Test
    void there_is_no_util_package() {
        assertThat(MAIN.resolve("util")).doesNotExist();
    }

    private static List<String> importsMatching(String pkg, String regex) throws IOException {
        Pattern pattern = Pattern.compile(regex);
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> lines(p).stream().filter(l -> pattern.matcher(l).matches()).map(l -> p + ": " + l))
                    .collect(Collectors.toList());
        }
    }

    private static List<String> linesMatching(String regex) throws IOException {
        Pattern pattern = Pattern.compile(regex);
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> lines(p).stream().filter(l -> pattern.matcher(l).matches()).map(l -> p + ": " + l))
                    .collect(Collectors.toList());
        }
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
