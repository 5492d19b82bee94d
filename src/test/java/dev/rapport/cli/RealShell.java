package dev.rapport.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * zsh or fish, run for real by the completion tests. A shell that is not installed skips its
 * tests, except in CI (CI=true), which must install it (.ci/run does).
 */
final class RealShell {

    private RealShell() {
    }

    record Run(int status, String out, String err) {
    }

    static void assumeInstalled(String shell) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, shell))) {
                return;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(shell + " is missing: CI must install it (apt-get install -y " + shell + ") to try the " + shell + " completion");
        }
        Assumptions.abort(shell + " is not installed (apt-get install -y " + shell + "): its completion is checked only as text");
    }

    /** {@code command} with its home, output and errors in {@code dir}, given 30 seconds. */
    static Run run(Path dir, String... command) throws IOException {
        Path out = dir.resolve("shell.out");
        Path err = dir.resolve("shell.err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        // Shells write into the home (compinit its dump, fish its history and variables): this one, not the person's.
        builder.environment().put("HOME", dir.toString());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        builder.environment().remove("ZDOTDIR");
        builder.environment().remove("FPATH");
        Process process = builder.start();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("did not finish in 30 seconds: " + List.of(command) + "\n" + Files.readString(out));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(e);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
