package dev.rapport.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * What a run of rapport gets from outside the command line: environment variables, the clock,
 * whether its output goes to a terminal ({@code terminal}: colours, widths), and its standard input
 * with whether a person types it ({@code interactive}: only then does rapport ask for a missing
 * value). Tests pass their own.
 */
public record Environment(Map<String, String> variables, Clock clock, boolean terminal, boolean interactive,
        InputStream input) {

    /** No one to ask: standard input is empty and not a terminal. */
    public Environment(Map<String, String> variables, Clock clock, boolean terminal) {
        this(variables, clock, terminal, false, new ByteArrayInputStream(new byte[0]));
    }

    public static Environment system() {
        boolean console = System.console() != null;
        return new Environment(System.getenv(), Clock.systemDefaultZone(), console, console || stdinIsTerminal(), System.in);
    }

    /** Whether this is the process's own standard input, where JLine can use the terminal itself. */
    public boolean systemInput() {
        return input == System.in;
    }

    /**
     * Standard input is a terminal even when the output is piped ({@code rapport customer add | cat}).
     * Java sees that only through {@code System.console()}, which needs both; Linux shows it in /proc.
     */
    private static boolean stdinIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
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
