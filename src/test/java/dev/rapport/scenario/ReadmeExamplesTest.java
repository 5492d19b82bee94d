package dev.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's standing rule: every example in the README is executed by a test exactly as
 * written. This test reads README.md and runs every {@code ```sh} block in order, each in one bash
 * (so a block's lines share its variables, and all blocks share the files and the database), each
 * example line verbatim, with {@code pipefail}. A line exits 0 unless its comment starts with
 * {@code exit N}. A {@code ```yaml} block is a policy: {@code rapport config check} must accept it.
 * Every other block, and a block that cannot run here (the build itself, a crontab, lines for a
 * shell's start-up files), carries {@value #NOT_RUN} REASON --> on the line before it; a block that
 * is neither run nor marked fails the test.
 *
 * <p>The sandbox: a temporary HOME (no XDG variables, so nothing reads the real ~/.config) and a
 * working directory holding what the README names: examples/, and contacts.csv, calls.csv and
 * leads.csv from src/test/resources/readme. {@code rapport} on PATH runs this build's classes. The
 * working directory is also laid out as an installed rapport: {@code bin/rapport} is a copy of the
 * real launcher and {@code rapport.jar} beside it names this build's class path, so the first block's
 * {@code bin/rapport} runs the launcher itself, only without its Maven build (no pom.xml here; the
 * build step is LauncherTest's). RAPPORT_TODAY is {@value #TODAY} for the whole run, the day the
 * first block sets: the fixtures' history and the README's comments ("owes a callback tomorrow",
 * {@code --fail-if-overdue} exits 3) are written for it, and the wall clock would make them depend on
 * the day the test runs. RAPPORT_NO_CDS spares the launcher its class-archive training (seconds).
 *
 * <p>Lines that use mlr, csvkit, jq, khal or calcurse need them installed (.ci/run installs them):
 * with CI=true a missing one fails the test; elsewhere those lines are left out and the test ends
 * as skipped, naming them, once everything else has passed.
 */
class ReadmeExamplesTest {

    static final String TODAY = "2026-11-23";
    static final String NOT_RUN = "<!-- not run by ReadmeExamplesTest:";
    private static final Pattern FENCE = Pattern.compile("^```(\\S*)\\s*$");
    private static final Pattern EXPECTED_EXIT = Pattern.compile("\\s#\\s*exit (\\d+)\\b");
    private static final Pattern WORD = Pattern.compile("[^\\s|;&()<>]+");
    /** The tools README examples use besides rapport, with the Debian package of each. */
    private static final Map<String, String> TOOLS = Map.of("mlr", "miller", "csvcut", "csvkit", "csvlook", "csvkit",
            "jq", "jq", "khal", "khal", "calcurse", "calcurse");
    private static final List<String> FIXTURES = List.of("contacts.csv", "calls.csv", "leads.csv");

    @TempDir
    Path sandbox;

    record Block(int line, String info, List<String> lines, String notRun) {
    }

    record Example(int line, String text, int expected) {
    }

    record Outcome(Example example, int status, String out, String err) {
    }

    @Test
    void every_example_of_the_readme_runs_as_written_and_exits_as_the_readme_says() throws Exception {
        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(strayMarkers(readme)).as("markers that stand before no block").isEmpty();
        List<Block> blocks = blocks(readme);
        List<String> unmarked = blocks.stream().filter(b -> b.notRun() == null && !b.info().equals("sh") && !b.info().equals("yaml"))
                .map(b -> "README.md:" + b.line() + ": a ```" + b.info() + " block that is neither run nor marked " + NOT_RUN + " REASON -->")
                .collect(Collectors.toList());
        assertThat(unmarked).as("blocks the test does not run must say why").isEmpty();

        Path work = prepare();
        Set<String> path = pathDirectories();
        boolean ci = "true".equals(System.getenv("CI"));
        List<Outcome> failures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int ran = 0;
        for (Block block : blocks) {
            if (block.notRun() != null) {
                continue;
            }
            List<Example> examples = block.info().equals("yaml") ? List.of(policyCheck(block)) : examples(block);
            List<Example> runnable = new ArrayList<>();
            for (Example example : examples) {
                Set<String> missing = tools(example.text()).stream().filter(tool -> !onPath(tool, path))
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                if (missing.isEmpty()) {
                    runnable.add(example);
                } else if (ci) {
                    fail("README.md:%d needs %s, which CI must install (apt-get install -y %s): %s", example.line(), missing,
                            missing.stream().map(TOOLS::get).distinct().collect(Collectors.joining(" ")), example.text());
                } else {
                    skipped.add("README.md:" + example.line() + " (no " + String.join(", ", missing) + "): " + example.text());
                }
            }
            for (Outcome outcome : run(work, block, runnable)) {
                ran++;
                if (outcome.status() != outcome.example().expected()) {
                    failures.add(outcome);
                }
            }
        }

        if (!failures.isEmpty()) {
            fail(failures.size() + " README example(s) did not exit as the README says:\n\n"
                    + failures.stream().map(ReadmeExamplesTest::describe).collect(Collectors.joining("\n\n")));
        }
        assertThat(ran).as("examples run").isGreaterThan(40);
        Assumptions.assumeTrue(skipped.isEmpty(), () -> "README examples left out for want of their tools "
                + "(apt-get install -y miller csvkit jq calcurse):\n" + String.join("\n", skipped));
    }

    /** The fenced blocks of the README, each with the marker on the line before it, if any. */
    static List<Block> blocks(List<String> readme) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            Matcher fence = FENCE.matcher(readme.get(i));
            if (!fence.matches()) {
                continue;
            }
            int start = i;
            List<String> lines = new ArrayList<>();
            for (i++; i < readme.size() && !readme.get(i).startsWith("```"); i++) {
                lines.add(readme.get(i));
            }
            blocks.add(new Block(start + 1, fence.group(1), lines, marker(readme, start).orElse(null)));
        }
        return blocks;
    }

    /** The lines of {@value #NOT_RUN} markers that the next non-blank line does not follow with a block. */
    static List<String> strayMarkers(List<String> readme) {
        List<String> stray = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            if (readme.get(i).startsWith(NOT_RUN)) {
                int next = i + 1;
                while (next < readme.size() && readme.get(next).isBlank()) {
                    next++;
                }
                if (next == readme.size() || !FENCE.matcher(readme.get(next)).matches()) {
                    stray.add("README.md:" + (i + 1) + ": " + readme.get(i));
                }
            }
        }
        return stray;
    }

    /** The reason of the {@value #NOT_RUN} marker on the last non-blank line before {@code fence}. */
    private static Optional<String> marker(List<String> readme, int fence) {
        int before = fence - 1;
        while (before >= 0 && readme.get(before).isBlank()) {
            before--;
        }
        if (before < 0 || !readme.get(before).startsWith(NOT_RUN)) {
            return Optional.empty();
        }
        String reason = readme.get(before).substring(NOT_RUN.length()).replaceFirst("-->\\s*$", "").trim();
        assertThat(reason).as("README.md:%d: a block not run says why", before + 1).isNotEmpty();
        return Optional.of(reason);
    }

    /** The example lines of a shell block: comment lines and blank lines are not examples; a trailing backslash continues one. */
    static List<Example> examples(Block block) {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < block.lines().size(); i++) {
            String line = block.lines().get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int first = i;
            StringBuilder text = new StringBuilder(line);
            while (text.toString().endsWith("\\") && i + 1 < block.lines().size()) {
                text.append('\n').append(block.lines().get(++i));
            }
            Matcher exit = EXPECTED_EXIT.matcher(text);
            examples.add(new Example(block.line() + 1 + first, text.toString(), exit.find() ? Integer.parseInt(exit.group(1)) : 0));
        }
        return examples;
    }

    /** A policy block, checked as the policy file it shows. */
    private Example policyCheck(Block block) throws IOException {
        Path policy = Files.writeString(sandbox.resolve("readme-" + block.line() + ".yaml"), String.join("\n", block.lines()) + "\n");
        return new Example(block.line(), "rapport config check '" + policy + "'", 0);
    }

    /**
     * Runs a block's examples in one bash, in the working directory, each verbatim with its own
     * output files and its status written down after it.
     */
    private List<Outcome> run(Path work, Block block, List<Example> examples) throws Exception {
        if (examples.isEmpty()) {
            return List.of();
        }
        Path dir = Files.createDirectories(sandbox.resolve("runs/" + block.line()));
        StringBuilder script = new StringBuilder("set -o pipefail\n");
        for (int n = 0; n < examples.size(); n++) {
            script.append("{ ").append(examples.get(n).text()).append("\n} >'").append(dir.resolve(n + ".out")).append("' 2>'")
                    .append(dir.resolve(n + ".err")).append("' </dev/null\necho $? >'").append(dir.resolve(n + ".status")).append("'\n");
        }
        Path file = Files.writeString(dir.resolve("block.sh"), script);
        ProcessBuilder bash = new ProcessBuilder("bash", file.toString()).directory(work.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(dir.resolve("bash.out").toFile()).redirectError(dir.resolve("bash.err").toFile());
        bash.environment().clear();
        bash.environment().putAll(environment());
        Process process = bash.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("README.md:%d: the block did not finish in 10 minutes", block.line());
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int n = 0; n < examples.size(); n++) {
            Path status = dir.resolve(n + ".status");
            outcomes.add(new Outcome(examples.get(n), Files.exists(status) ? Integer.parseInt(Files.readString(status).strip()) : -1,
                    read(dir.resolve(n + ".out")), read(dir.resolve(n + ".err"))));
        }
        return outcomes;
    }

    /** The working directory with what the README names, laid out as an installed rapport; HOME; PATH's rapport. */
    private Path prepare() throws IOException {
        Path work = Files.createDirectories(sandbox.resolve("work"));
        Files.createDirectories(sandbox.resolve("home"));
        Files.createDirectories(sandbox.resolve("tmp"));
        Path examples = Files.createDirectories(work.resolve("examples"));
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path f : files.collect(Collectors.toList())) {
                Files.copy(f, examples.resolve(f.getFileName().toString()));
            }
        }
        for (String name : FIXTURES) {
            try (InputStream in = ReadmeExamplesTest.class.getResourceAsStream("/readme/" + name)) {
                assertThat(in).as("test resource readme/%s", name).isNotNull();
                Files.copy(in, work.resolve(name));
            }
        }
        Path launcher = Files.createDirectories(work.resolve("bin")).resolve("rapport");
        Files.copy(Path.of("bin/rapport"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        jarOfThisBuild(work.resolve("rapport.jar"));

        Path bin = Files.createDirectories(sandbox.resolve("path"));
        String sqliteDir = System.getProperty("org.sqlite.tmpdir", sandbox.resolve("tmp").toString());
        Path rapport = Files.writeString(bin.resolve("rapport"), "#!/bin/sh\n"
                + "exec " + quoted(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -XX:-UsePerfData -Dorg.sqlite.tmpdir=" + quoted(sqliteDir)
                + " -cp " + quoted(System.getProperty("java.class.path")) + " dev.rapport.Main \"$@\"\n");
        Files.setPosixFilePermissions(rapport, PosixFilePermissions.fromString("rwxr-xr-x"));
        return work;
    }

    /** A jar that holds nothing but a manifest naming this build's class path, as LauncherTest's. */
    private static void jarOfThisBuild(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.rapport.Main");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString()).collect(Collectors.joining(" ")));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is all it holds
        }
    }

    private Map<String, String> environment() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("PATH", sandbox.resolve("path") + ":" + System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
        v.put("HOME", sandbox.resolve("home").toString());
        v.put("TMPDIR", sandbox.resolve("tmp").toString());
        v.put("LANG", "C.UTF-8");
        v.put("JAVA_HOME", System.getProperty("java.home"));
        v.put("RAPPORT_TODAY", TODAY);
        v.put("RAPPORT_USER", "anna");
        v.put("RAPPORT_NO_CDS", "1");
        return v;
    }

    /** The tools besides rapport that an example runs. */
    private static Set<String> tools(String text) {
        Set<String> tools = new LinkedHashSet<>();
        Matcher word = WORD.matcher(text.replaceAll("'[^']*'|\"[^\"]*\"", " "));
        while (word.find()) {
            if (TOOLS.containsKey(word.group())) {
                tools.add(word.group());
            }
        }
        return tools;
    }

    private static Set<String> pathDirectories() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).filter(d -> !d.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static boolean onPath(String tool, Set<String> path) {
        return path.stream().map(d -> Path.of(d, tool)).anyMatch(Files::isExecutable);
    }

    private static String describe(Outcome o) {
        return "README.md:" + o.example().line() + ": " + o.example().text() + "\n  exited " + o.status() + ", the README says "
                + o.example().expected() + "\n  stdout: " + tail(o.out()) + "\n  stderr: " + tail(o.err());
    }

    private static String tail(String text) {
        return text.length() <= 2000 ? text.strip() : "…" + text.substring(text.length() - 2000).strip();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
