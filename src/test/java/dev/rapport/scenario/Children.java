package dev.rapport.scenario;

import dev.rapport.Main;
import dev.rapport.cli.Environment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real rapport processes for the reliability scenarios: a JVM on the test class path, tuned to
 * start fast, in a private home, planning for a fixed day. Also rapport in-process and a look at
 * the database file from outside.
 */
final class Children {

    static final String TODAY = "2026-11-23";

    private final Path home;
    private final Path db;

    Children(Path home, Path db) {
        this.home = home;
        this.db = db;
    }

    /** A rapport process running {@code args} on the database, its output going to {@code log}. */
    Process rapport(Path log, String... args) throws IOException {
        return java(log, "dev.rapport.Main", withDb(args));
    }

    /** A rapport process on the database that waits for {@link #go} before it runs {@code args}. */
    Process standby(Path log, String... args) throws IOException {
        return java(log, Standby.class.getName(), withDb(args), true);
    }

    /** Waits until the standby process is ready, then lets it run. */
    static void go(Process standby) throws IOException {
        if (standby.getInputStream().read() != '+') {
            throw new IOException("the standby process ended before it was ready");
        }
        standby.getOutputStream().write('\n');
        standby.getOutputStream().flush();
    }

    /** A JVM running {@code mainClass} from the test class path. */
    Process java(Path log, String mainClass, List<String> args) throws IOException {
        return java(log, mainClass, args, false);
    }

    /**
     * A JVM running {@code mainClass} from the test class path with at most {@code heap} of heap
     * ({@code 64m}) and both compilers, its stderr going to {@code log} and its stdout and stdin
     * piped to the test: for long runs that must keep to a small heap.
     */
    Process javaWithHeap(Path log, String heap, String mainClass, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx" + heap,
                "-cp", System.getProperty("java.class.path"),
                "-Dorg.sqlite.tmpdir=" + home, mainClass));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectOutput(ProcessBuilder.Redirect.PIPE);
        pb.environment().putAll(variables());
        return pb.start();
    }

    private Process java(Path log, String mainClass, List<String> args, boolean standby) throws IOException {
        return java(mainClass, args).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectOutput(standby ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** A rapport process running {@code args} on the database, not yet started: its output is the caller's to direct. */
    ProcessBuilder rapport(String... args) {
        return java("dev.rapport.Main", withDb(args));
    }

    private ProcessBuilder java(String mainClass, List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Short-lived processes: the quick compiler and the small collector start fastest.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"),
                "-Dorg.sqlite.tmpdir=" + home, mainClass));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(variables());
        return pb;
    }

    Map<String, String> variables() {
        Map<String, String> v = new HashMap<>();
        v.put("HOME", home.toString());
        v.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        v.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        v.put("XDG_STATE_HOME", home.resolve("state").toString());
        v.put("RAPPORT_TODAY", TODAY);
        v.put("USER", "tester");
        return v;
    }

    List<String> withDb(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString(), "--quiet"));
        all.addAll(List.of(args));
        return all;
    }

    /** What an in-process run printed and returned. */
    record Run(int status, String out, String err) {
    }

    /** rapport in this JVM: the same program, without a JVM's start-up. */
    Run inProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment env = new Environment(variables(), Clock.fixed(Instant.parse(TODAY + "T09:00:00Z"), ZoneOffset.UTC), false);
        int status = Main.run(env, new PrintWriter(out), new PrintWriter(err), withDb(args).toArray(String[]::new));
        return new Run(status, out.toString(), err.toString());
    }

    /** One number from the database, read through a connection of its own. */
    long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 10000");
            try (ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    String integrity() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) {
                sb.append(sb.length() == 0 ? "" : "\n").append(rs.getString(1));
            }
            return sb.toString();
        }
    }
}
