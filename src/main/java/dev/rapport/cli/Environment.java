package dev.rapport.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * What a run of rapport gets from outside the command line: environment variables, the clock, and
 * whether a person is at a terminal. Tests pass their own.
 */
public record Environment(Map<String, String> variables, Clock clock, boolean terminal) {

    public static Environment system() {
        return new Environment(System.getenv(), Clock.systemDefaultZone(), System.console() != null);
    }

    public Optional<String> get(String name) {
        String v = variables.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /** {@code $XDG_<kind>_HOME}, else the fallback under the home directory (XDG base directories). */
    public Path xdg(String kind, String fallback) {
        return get("XDG_" + kind + "_HOME").map(Path::of)
                .filter(Path::isAbsolute)
                .orElseGet(() -> home().resolve(fallback));
    }

    public Path home() {
        return get("HOME").map(Path::of).orElseGet(() -> Path.of(System.getProperty("user.home")));
    }
}
