package dev.rapport.cli.integration;

import dev.rapport.cli.Environment;
import dev.rapport.cli.Program;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * A hidden command the launcher runs once per jar while the JVM records the classes it loads
 * (application class-data sharing): the everyday commands, on a throwaway database, so that the
 * archive holds what a real run needs and later starts skip loading and verifying it.
 */
@Command(name = "cds-training", hidden = true, description = "Exercise the everyday commands once (for the launcher's class archive).")
public final class TrainCommand implements Callable<Integer> {

    private final Program program;

    TrainCommand(Program program) {
        this.program = program;
    }

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("rapport-training");
        try {
            Map<String, String> env = new HashMap<>();
            env.put("HOME", dir.toString());
            env.put("XDG_DATA_HOME", dir.resolve("data").toString());
            env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
            env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
            Environment environment = new Environment(env, Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC), false);
            Path csv = dir.resolve("customers.csv");
            Files.writeString(csv, "id,name,company,email,phone,tier,owner,timezone,preferred_days,preferred_hours,tags,since,last_contacted\n"
                    + "T1,Jürgen Müller,Müller GmbH,j@mueller.de,+49 711 1,key,anna,Europe/Berlin,\"tue,thu\",9-12,oem;eu,2024-01-02,2026-10-01\n"
                    + "T2,王芳,上海星辰贸易有限公司,wang@xc.cn,+86 21 1,major,li,Asia/Shanghai,,,apac,2025-03-04,\n");
            String[][] runs = {
                {"init"},
                {"import", "customers", csv.toString()},
                {"customer", "add", "Ann Lee", "--email", "ann@example.com", "--tier", "small"},
                {"customer", "edit", "T2", "--phone", "+86 21 2"},
                {"customer", "list"}, {"customer", "list", "--format", "csv"}, {"customer", "show", "T1"},
                {"log", "T1", "--via", "call", "--out", "--note", "training"},
                {"log", "T2", "--via", "email", "--in"},
                {"agenda", "--days", "30"}, {"agenda", "--format", "csv"}, {"agenda", "--format", "json", "--explain"},
                {"agenda", "--format", "ics"}, {"overdue", "--format", "csv"}, {"next", "T1"},
                {"export", "customers"},
                {"log", "T1", "--via", "call", "--in", "--kind", "complaint", "--note", "training"},
                {"complaint", "list"}, {"complaint", "show", "3"}, {"plan", "T1", "--goal", "training"},
                {"brief", "T1"}, {"report", "coverage"}, {"report", "activity"},
            };
            for (String[] args : runs) {
                program.run(environment, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
            }
            return 0;
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
