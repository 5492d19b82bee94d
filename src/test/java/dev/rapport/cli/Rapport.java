package dev.rapport.cli;

import dev.rapport.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * rapport run in-process, as a user would run it, in a private home directory with a fixed clock.
 */
final class Rapport {

    /** What one command printed and returned. */
    record Run(int status, String out, String err) {
        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Path home;
    private final Map<String, String> variables = new HashMap<>();
    private Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private boolean terminal;
    private boolean interactive;
    private String input = "";

    Rapport(Path home) {
        this.home = home;
        variables.put("HOME", home.toString());
        variables.put("XDG_DATA_HOME", home.resolve("data").toString());
        variables.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        variables.put("XDG_STATE_HOME", home.resolve("state").toString());
        variables.put("XDG_CACHE_HOME", home.resolve("cache").toString());
    }

    Rapport env(String name, String value) {
        variables.put(name, value);
        return this;
    }

    Rapport clock(Clock c) {
        clock = c;
        return this;
    }

    Rapport onTerminal() {
        terminal = true;
        return this;
    }

    /** Standard input is a terminal where a person types: rapport may ask for missing values. */
    Rapport interactive() {
        interactive = true;
        return this;
    }

    /** What standard input holds (what the person types, line by line). */
    Rapport input(String text) {
        input = text;
        return this;
    }

    Path home() {
        return home;
    }

    Path database() {
        return home.resolve("data/rapport/rapport.db");
    }

    Path config() {
        return home.resolve("config/rapport/config.yaml");
    }

    Rapport writeConfig(String yaml) {
        try {
            Files.createDirectories(config().getParent());
            Files.writeString(config(), yaml);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        Run run = run(new PrintWriter(out), args);
        return new Run(run.status(), out.toString(), run.err());
    }

    /** A run whose standard output is {@code stdout} (one that fails, say); the Run's out is empty. */
    Run run(java.io.Writer stdout, String... args) {
        StringWriter err = new StringWriter();
        int status = Main.run(new Environment(Map.copyOf(variables), clock, terminal, interactive,
                        new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                stdout, new PrintWriter(err), args);
        return new Run(status, "", err.toString());
    }
}
