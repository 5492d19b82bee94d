package dev.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/rapport}, the launcher, as cron, a systemd unit or {@code env -i} start it: with
 * less of an environment than a login shell has. It runs an installed layout (the launcher in
 * {@code bin/}, {@code rapport.jar} beside it) whose jar names the compiled classes and the
 * test class path, so no build is needed.
 */
@Tag("reliability")
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void the_launcher_runs_rapport_without_home() throws Exception {
        Path launcher = install();
        Map<String, String> environment = Map.of(
                "PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                "JAVA_HOME", System.getProperty("java.home"),
                "RAPPORT_DB", dir.resolve("data/rapport.db").toString(),
                "RAPPORT_CONFIG", dir.resolve("config.yaml").toString(),
                "RAPPORT_NO_CDS", "1");

        Result version = run(environment, launcher.toString(), "--version");
        Result added = run(environment, launcher.toString(), "customer", "add", "Ada", "--id", "C1");

        assertThat(version.status()).as(version.toString()).isZero();
        assertThat(version.out()).startsWith("rapport ");
        assertThat(added.status()).as(added.toString()).isZero();
        assertThat(added.err()).contains("Added C1 (Ada)");
    }

    @Test
    void the_build_the_launcher_runs_writes_no_colour_codes_and_nothing_to_stdout() throws Exception {
        // A source layout without its jar, and a Maven that, like 3.8's, writes colour resets as it exits.
        Path root = Files.createDirectories(dir.resolve("checkout"));
        Files.createDirectories(root.resolve("bin"));
        Files.copy(Path.of("bin/rapport").toAbsolutePath(), root.resolve("bin/rapport"));
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Path fakeBin = Files.createDirectories(dir.resolve("fake-bin"));
        Path mvn = Files.writeString(fakeBin.resolve("mvn"), "#!/bin/sh\nprintf '\\033[0m\\033[1mDownloading from central\\033[m\\n'\n"
                + "printf '\\033[0m\\033[0m' >&2\nexit 1\n");
        mvn.toFile().setExecutable(true);
        Map<String, String> environment = Map.of(
                "PATH", fakeBin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                "HOME", dir.toString());

        Result built = run(environment, root.resolve("bin/rapport").toString(), "--version");

        assertThat(built.status()).isEqualTo(1);
        assertThat(built.out()).isEmpty();
        assertThat(built.err()).contains("Downloading from central", "the Maven build failed").doesNotContain("\u001b");
    }

    /** The launcher in {@code bin/} and a jar beside it that runs rapport from the test class path. */
    private Path install() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("install/bin"));
        Path launcher = Files.copy(Path.of("bin/rapport").toAbsolutePath(), bin.resolve("rapport"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.rapport.Main");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Stream.of(
                        System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString())
                .collect(Collectors.joining(" ")));
        try (OutputStream out = Files.newOutputStream(dir.resolve("install/rapport.jar"));
             JarOutputStream jar = new JarOutputStream(out, manifest)) {
            // the manifest is all it holds
        }
        return launcher;
    }

    record Result(int status, String out, String err) {
    }

    /** Runs {@code command} with exactly {@code environment}: no HOME, no XDG directories. */
    private Result run(Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(environment);
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish: " + List.of(command));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
