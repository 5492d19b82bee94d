package dev.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.Main;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.cli.Environment;
import dev.rapport.config.PolicyFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated malformed CSV and YAML ({@link FuzzInputs}) fed to {@code import customers},
 * {@code import interactions} and the policy loader, 10,000 inputs by default. Each import ends in
 * one clear sentence (exit 65 or 66), or in a summary that says what was added and rejected (exit
 * 0 or 65); never an internal error, a stack trace or the word "Exception", never more than 10
 * seconds, and never a change to the database when it fails: SQLite's {@code PRAGMA data_version},
 * read by a connection of the test's own, tells whether anything was committed. Every policy file
 * goes through the loader, and every tenth through {@code rapport --config} as well.
 *
 * <p>Two workers, each with its own databases and its own seeded stream of inputs. The seed is
 * printed; {@code -Drapport.fuzz.seed=N} replays a run, {@code -Drapport.fuzz.inputs=N} sets the
 * number of inputs, {@code -Drapport.fuzz.reasons=true} prints the commonest refusals. An input
 * that fails is kept in {@code target/fuzz-failures}.
 */
@Tag("reliability")
class FuzzTest {

    private static final int INPUTS = Integer.getInteger("rapport.fuzz.inputs", 10_000);
    private static final int WORKERS = 2;
    private static final Pattern SUMMARY = Pattern.compile(": read (\\d+), added (\\d+),");

    @TempDir
    Path home;

    @Test
    void malformed_files_end_in_a_clear_error_or_a_clean_import_and_a_failure_changes_nothing() throws Exception {
        long seed = Long.getLong("rapport.fuzz.seed", System.currentTimeMillis());
        System.out.println("FuzzTest seed " + seed + " (replay with -Drapport.fuzz.seed=" + seed + ")");
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        List<Worker> workers = new ArrayList<>();
        try {
            for (int w = 0; w < WORKERS; w++) {
                workers.add(new Worker(w, seed, Files.createDirectories(home.resolve("worker" + w)), INPUTS / WORKERS + (w < INPUTS % WORKERS ? 1 : 0)));
            }
            for (Future<Void> f : pool.invokeAll(workers)) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof AssertionError a ? a : new AssertionError(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Integer> reasons = new TreeMap<>();
        for (Worker w : workers) {
            w.outcomes.forEach((k, v) -> outcomes.merge(k, v, Integer::sum));
            w.reasons.forEach((k, v) -> reasons.merge(k, v, Integer::sum));
        }
        System.out.printf("FuzzTest: %d inputs in %d s, seed %d: %s%n", INPUTS,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), seed, outcomes);
        reasons.entrySet().stream().sorted(Map.Entry.comparingByValue(java.util.Comparator.reverseOrder())).limit(40)
                .forEach(r -> System.out.println("  " + r.getValue() + " " + r.getKey()));
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(INPUTS);
        assertThat(outcomes.keySet()).as("every kind of input ends every way").contains("customers ok", "customers refused",
                "customers rows rejected", "interactions ok", "interactions refused", "interactions rows rejected", "policy ok",
                "policy refused");
    }

    /** One stream of inputs on databases of its own. */
    private final class Worker implements Callable<Void> {
        final int number;
        final long seed;
        final Path dir;
        final int inputs;
        final Map<String, Integer> outcomes = new TreeMap<>();
        final Map<String, Integer> reasons = new TreeMap<>();

        Worker(int number, long seed, Path dir, int inputs) {
            this.number = number;
            this.seed = seed;
            this.dir = dir;
            this.inputs = inputs;
        }

        @Override
        public Void call() throws Exception {
            FuzzInputs generate = new FuzzInputs(new Random(seed + number));
            Path importDb = dir.resolve("import.db");
            Path policyDb = dir.resolve("policy.db");
            Path base = Files.writeString(dir.resolve("base.csv"), "id,name,email,tier\nC1,Ada,c1@example.com,key\nC2,Bob,c2@example.com,small\n");
            assertThat(run(importDb, "import", "customers", base.toString()).status).isZero();
            assertThat(run(policyDb, "import", "customers", base.toString()).status).isZero();
            String reference = PolicyFile.template();
            Path in = Files.createDirectories(dir.resolve("in"));
            ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "fuzz-" + number);
                t.setDaemon(true);
                return t;
            });
            try (Connection watchImports = DriverManager.getConnection("jdbc:sqlite:" + importDb);
                 Connection watchPolicy = DriverManager.getConnection("jdbc:sqlite:" + policyDb)) {
                for (int n = 0; n < inputs; n++) {
                    int which = n % 10;
                    FuzzInputs.Input input = which < 4 ? generate.customers() : which < 7 ? generate.interactions() : generate.policy(reference);
                    Path file = in.resolve(input.fileName());
                    Files.write(file, input.bytes());
                    boolean policy = input.kind().startsWith("policy");
                    String what = "worker " + number + ", input " + n;
                    if (policy && n % 100 != 9) {
                        timeBoxed(runner, input, what, () -> {
                            loadPolicy(input, file, what);
                            return null;
                        });
                        continue;
                    }
                    Path db = policy ? policyDb : importDb;
                    Connection watch = policy ? watchPolicy : watchImports;
                    List<String> args = new ArrayList<>();
                    if (policy) {
                        args.addAll(List.of("--config", file.toString(), "customer", "list", "--format", "csv", "--limit", "1"));
                    } else {
                        args.addAll(List.of("import", input.kind().startsWith("customers") ? "customers" : "interactions", file.toString()));
                        args.addAll(input.options());
                    }
                    long version = dataVersion(watch);
                    long customers = count(watch, "customer");
                    long contacts = count(watch, "interaction");
                    Run run = timeBoxed(runner, input, what, () -> run(db, args.toArray(String[]::new)));
                    try {
                        check(run, String.join(" ", args.subList(0, 2)) + "\n" + run, policy, version, customers, contacts, watch);
                    } catch (AssertionError e) {
                        throw new AssertionError(keep(input, what) + ": " + e.getMessage(), e);
                    }
                    record(input, run.status == 0 ? "ok" : SUMMARY.matcher(run.err).find() ? "rows rejected" : "refused",
                            run.err.lines().reduce((a, b) -> b).orElse(""));
                }
            } finally {
                runner.shutdownNow();
            }
            assertThat(run(importDb, "check").status).isZero();
            assertThat(run(policyDb, "check").status).isZero();
            return null;
        }

        /** The policy loader itself: a policy, or one clear sentence as bad data. */
        private void loadPolicy(FuzzInputs.Input input, Path file, String what) {
            try {
                PolicyFile.load(file);
                record(input, "ok", "");
            } catch (RapportException e) {
                String message = e.getMessage();
                if (e.status() != ExitStatus.BAD_DATA || message.contains("Exception") || !message.startsWith(file.toString())
                        || message.contains("\n")) {
                    throw new AssertionError(keep(input, what) + ": " + e.status() + " " + message, e);
                }
                record(input, "refused", "rapport: " + message);
            } catch (RuntimeException e) {
                throw new AssertionError(keep(input, what) + ": the policy loader failed with " + e, e);
            }
        }

        private void record(FuzzInputs.Input input, String outcome, String lastLine) {
            String kind = input.kind().replaceAll(":.*", "");
            outcomes.merge(kind + " " + outcome, 1, Integer::sum);
            if (Boolean.getBoolean("rapport.fuzz.reasons") && !outcome.equals("ok")) {
                reasons.merge(kind + " | " + lastLine.replaceAll("^rapport: [^ ]*?(:\\d+)*: ", "").replaceAll("\".*?\"", "\"…\"")
                        .replaceAll("\\d+", "N"), 1, Integer::sum);
            }
        }

        private <T> T timeBoxed(ExecutorService runner, FuzzInputs.Input input, String what, Callable<T> work) throws Exception {
            Future<T> future = runner.submit(work);
            try {
                return future.get(10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                throw new AssertionError(keep(input, what) + " took more than 10 seconds", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof AssertionError a ? a : new AssertionError(keep(input, what) + ": " + e.getCause(), e.getCause());
            }
        }

        /** Keeps a failing input for replay; returns how to name it in a message. */
        private String keep(FuzzInputs.Input input, String what) {
            String name = what + " (" + input.kind() + ", seed " + seed + ")";
            try {
                Path kept = Files.createDirectories(Path.of("target", "fuzz-failures")).resolve(seed + "-w" + number + "-" + what.replaceAll("\\D+", "-") + input.fileName());
                Files.write(kept, input.bytes());
                return name + ", kept as " + kept;
            } catch (java.io.IOException e) {
                return name;
            }
        }

        private Run run(Path db, String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Environment env = new Environment(Map.of("HOME", dir.toString(), "XDG_CONFIG_HOME", dir.resolve("config").toString(),
                    "XDG_CACHE_HOME", home.resolve("cache").toString()),
                    Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC), false);
            List<String> all = new ArrayList<>(List.of("--db", db.toString()));
            all.addAll(List.of(args));
            int status = Main.run(env, new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
            return new Run(status, out.toString(), err.toString());
        }
    }

    private static void check(Run run, String what, boolean policy, long version, long customers, long contacts,
                              Connection watch) throws SQLException {
        assertThat(run.status).as(what).isIn(0, 65, 66);
        assertThat(run.err).as(what).doesNotContain("Exception", "\tat ", "internal error", "this is a bug");
        Matcher summary = SUMMARY.matcher(run.err);
        if (policy) {
            if (run.status != 0) {
                assertThat(run.err.lines()).as(what).hasSize(1).allMatch(l -> l.startsWith("rapport: "));
                assertThat(dataVersion(watch)).as(what + "\na refused policy changed the database").isEqualTo(version);
            }
        } else if (summary.find()) {
            long added = Long.parseLong(summary.group(2));
            long now = what.startsWith("import customers") ? count(watch, "customer") - customers : count(watch, "interaction") - contacts;
            assertThat(now).as(what + "\nthe summary says what was added").isEqualTo(added);
        } else {
            // Refused: one sentence, after the rows it had already rejected (reported as it read them).
            assertThat(run.status).as(what).isNotZero();
            List<String> lines = run.err.lines().toList();
            assertThat(lines).as(what + "\none sentence").isNotEmpty();
            assertThat(lines.get(lines.size() - 1)).as(what).startsWith("rapport: ");
            assertThat(lines.subList(0, lines.size() - 1)).as(what + "\none sentence")
                    .allMatch(l -> l.startsWith("rejected line ") || l.matches("… and \\d+ more rejected.*"));
            assertThat(dataVersion(watch)).as(what + "\na refused file changed the database").isEqualTo(version);
        }
    }

    private record Run(int status, String out, String err) {
        @Override
        public String toString() {
            return "exit " + status + "\n--- stderr\n" + (err.length() > 2000 ? err.substring(0, 2000) + "…" : err);
        }
    }

    private static long dataVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
            return rs.getLong(1);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.getLong(1);
        }
    }
}
