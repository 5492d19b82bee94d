package dev.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layering of STYLE.md, read from the sources so that it cannot quietly erode. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/dev/rapport");

    // The libraries, by the packages their code is in.
    private static final Set<String> JLINE = Set.of("org.jline");
    private static final Set<String> PICOCLI = Set.of("picocli");
    /** Jackson, and SnakeYAML under its YAML format (config sets SnakeYAML's LoaderOptions, io reads its errors). */
    private static final Set<String> JACKSON = Set.of("com.fasterxml.jackson", "org.yaml.snakeyaml");
    private static final Set<String> COMMONS_CSV = Set.of("org.apache.commons.csv");
    private static final Set<String> JDBC = Set.of("java.sql", "javax.sql");
    private static final Set<String> SQLITE_DRIVER = Set.of("org.sqlite", "org.xerial");
    /** What counts as a library: the ones above, and any other outside the JDK that someone might add. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])(?:dev\\.rapport|org|com|net|io|picocli|java|javax|jakarta)(?:\\.\\w+)+");

    /** What a package may use: the packages of rapport, and the libraries (any JDK package, but JDBC, is free unless {@code jdk} says otherwise). */
    private record Rule(Set<String> rapport, Set<String> libraries, Set<String> jdk) {
        static Rule of(Set<String> rapport, Set<String> libraries) {
            return new Rule(rapport, libraries, Set.of());
        }
    }

    /** STYLE.md's table; a package's own classes are always allowed. */
    private static final Map<String, Rule> TABLE = Map.of(
            // java.text for Normalizer alone: matching names without their accents is the domain's rule, and the JDK's Unicode data is as pure as java.util.
            "domain", new Rule(Set.of(), Set.of(), Set.of("java.time", "java.util", "java.text")),
            "app", Rule.of(Set.of("domain"), Set.of()),
            "storage", Rule.of(Set.of("app", "domain"), JDBC),
            "storage.sqlite", Rule.of(Set.of("storage", "app", "domain"), union(JDBC, SQLITE_DRIVER)),
            "io", Rule.of(Set.of("app", "domain"), union(JACKSON, COMMONS_CSV)),
            "config", Rule.of(Set.of("app", "domain"), JACKSON),
            "cli", Rule.of(Set.of("app", "domain", "terminal", "io"), PICOCLI),
            // picocli too: the shell runs cli's command line and completes from its picocli model; and terminal, which
            // cli already uses: a candidate shown on the terminal is made safe by the DisplayWidth all output is.
            "shell", Rule.of(Set.of("cli", "app", "domain", "terminal"), union(JLINE, PICOCLI)),
            "terminal", Rule.of(Set.of("app", "domain"), JLINE));

    /**
     * What config may use of app: the error type with the status it carries, the phrasing of a
     * YAML parser's complaint that it shares with io, and the port it implements (with its records).
     */
    private static final Set<String> CONFIG_USES_OF_APP = Set.of("RapportException", "ExitStatus", "YamlProblem", "PolicyFiles");

    @Test
    void every_package_is_in_the_table() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            assertThat(dirs.filter(Files::isDirectory).filter(d -> !d.equals(MAIN)).map(ArchitectureTest::packageOf))
                    .allMatch(pkg -> TABLE.containsKey(pkg) || pkg.equals("storage"), "a package of STYLE.md's table");
        }
    }

    @Test
    void every_package_uses_only_what_the_table_allows_it() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Use use : uses()) {
            if (use.pkg().isEmpty()) {
                continue;   // Main, the composition root, builds everything
            }
            Rule rule = TABLE.get(use.pkg());
            String name = use.name();
            if (name.startsWith("dev.rapport.")) {
                String target = rapportPackage(name);
                if (!target.equals(use.pkg()) && !rule.rapport().contains(target)) {
                    violations.add(use + " (" + use.pkg() + " may use " + rule.rapport() + ")");
                }
            } else if (name.startsWith("java.") || name.startsWith("javax.")) {
                boolean allowed = rule.jdk().isEmpty() ? !within(name, JDBC) || within(name, rule.libraries()) : within(name, rule.jdk());
                if (!allowed) {
                    violations.add(use + " (of the JDK " + use.pkg() + " may use " + (rule.jdk().isEmpty() ? "all but JDBC" : rule.jdk()) + ")");
                }
            } else if (!within(name, rule.libraries())) {
                violations.add(use + " (" + use.pkg() + " may use the libraries " + rule.libraries() + ")");
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void jline_is_used_only_in_terminal_and_shell() throws IOException {
        assertThat(uses()).filteredOn(u -> within(u.name(), JLINE))
                .filteredOn(u -> !u.pkg().isEmpty() && !u.pkg().equals("terminal") && !u.pkg().equals("shell")).isEmpty();
    }

    @Test
    void only_main_reaches_storage() throws IOException {
        assertThat(uses()).filteredOn(u -> u.name().startsWith("dev.rapport.storage."))
                .filteredOn(u -> !u.pkg().isEmpty() && !u.pkg().startsWith("storage")).isEmpty();
    }

    @Test
    void commands_use_no_config_storage_shell_or_jline() throws IOException {
        assertThat(uses()).filteredOn(u -> u.pkg().equals("cli"))
                .filteredOn(u -> u.name().matches("dev\\.rapport\\.(config|storage|shell)\\..*") || within(u.name(), JLINE)).isEmpty();
    }

    /** A screen: what a reader sees of a file at once in an editor, imports and help text included. */
    private static final int SCREEN = 80;

    @Test
    void every_command_fits_on_a_screen() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve("cli"))) {
            List<String> longer = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Command.java")).toList()) {
                long lines = Files.readAllLines(file).size();
                if (lines > SCREEN) {
                    longer.add(MAIN.relativize(file) + ": " + lines + " lines");
                }
            }
            assertThat(longer).as("commands longer than " + SCREEN + " lines").isEmpty();
        }
    }

    @Test
    void config_uses_of_app_only_its_error_type_and_the_port_it_implements() throws IOException {
        assertThat(uses()).filteredOn(u -> u.pkg().equals("config") && u.name().startsWith("dev.rapport.app."))
                .filteredOn(u -> !CONFIG_USES_OF_APP.contains(u.name().split("\\.")[3])).isEmpty();
    }

    @Test
    void comments_and_strings_are_not_code() {
        String code = code("// dev.rapport.storage.X\nString s = \"org.jline.Y \\\" /* \"; char c = '\"'; /* java.sql.Z */ int i = 1;\n"
                + "String t = \"\"\"\n  picocli.Q \"\" \\\"\"\"\"\"\"; dev.rapport.domain.Tier tier;");
        assertThat(names(code)).containsExactly("dev.rapport.domain.Tier");
        assertThat(code.lines()).hasSize(4);
    }

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

    /** One use of a qualified name, in an import or inline, by a file of the package {@code pkg} ("" for Main). */
    private record Use(String pkg, Path file, int line, String name) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + name;
        }
    }

    /** Every qualified name the sources use, read from their code alone: comments and string literals are left out. */
    private static List<Use> uses() throws IOException {
        List<Use> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = packageOf(file.getParent());
                List<String> lines = code(Files.readString(file)).lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).strip().startsWith("package ")) {
                        continue;
                    }
                    for (String name : names(lines.get(i))) {
                        uses.add(new Use(pkg, file, i + 1, name));
                    }
                }
            }
        }
        return uses;
    }

    private static List<String> names(String code) {
        List<String> names = new ArrayList<>();
        Matcher m = QUALIFIED.matcher(code);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    /** The package of rapport a directory holds, relative to dev.rapport ("" for the base package). */
    private static String packageOf(Path dir) {
        return ruled(MAIN.relativize(dir).toString().replace(java.io.File.separatorChar, '.'));
    }

    /** The row of the table a package is ruled by: cli's families ({@code cli.customer}, …) are cli. */
    private static String ruled(String pkg) {
        return pkg.startsWith("cli.") ? "cli" : pkg;
    }

    /** {@code storage.sqlite} of {@code dev.rapport.storage.sqlite.SqliteStorage.open}: the segments before the first class name. */
    private static String rapportPackage(String name) {
        List<String> segments = new ArrayList<>();
        for (String segment : name.substring("dev.rapport.".length()).split("\\.")) {
            if (Character.isUpperCase(segment.charAt(0)) || segment.equals("*")) {
                break;
            }
            segments.add(segment);
        }
        return ruled(String.join(".", segments));
    }

    private static boolean within(String name, Set<String> packages) {
        return packages.stream().anyMatch(p -> name.equals(p) || name.startsWith(p + "."));
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new TreeSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return all;
    }

    /**
     * The source with its comments, string literals (text blocks too) and character literals
     * blanked out, line breaks kept: what is left is code, whose names are uses.
     */
    private static String code(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = blank(source, i, end < 0 ? n : end + 2, code);
            } else if (source.startsWith("\"\"\"", i)) {
                int end = i + 3;
                while (end < n && !source.startsWith("\"\"\"", end)) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                i = blank(source, i, Math.min(n, end + 3), code);
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                i = blank(source, i, Math.min(n, end + 1), code);
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** Blanks {@code from} to {@code to} of {@code source} into {@code code}, keeping its line breaks; returns {@code to}. */
    private static int blank(String source, int from, int to, StringBuilder code) {
        for (int k = from; k < to; k++) {
            code.append(source.charAt(k) == '\n' ? '\n' : ' ');
        }
        return to;
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
