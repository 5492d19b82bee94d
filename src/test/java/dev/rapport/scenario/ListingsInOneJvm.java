package dev.rapport.scenario;

import dev.rapport.Main;
import dev.rapport.cli.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A JVM that runs many rapport commands one after the other, each through {@code Main.run},
 * with their output counted and thrown away: so that every listing can be tried under one small
 * heap without paying a JVM's start for each. Whatever one command kept would count against the
 * next, which makes the heap's bound only stricter.
 *
 * <p>Arguments: the database, then the commands, each ended by {@code ;}. For each command one
 * line on stdout: its exit status, the lines it printed, how many of them begin an iCalendar
 * event ({@code BEGIN:VEVENT}) and how many begin a YAML record as export writes them ({@code "  - "}), the first line
 * of its stderr, how long it took and the command.
 */
public final class ListingsInOneJvm {

    private ListingsInOneJvm() {
    }

    public static void main(String[] args) {
        String db = args[0];
        List<String> command = new ArrayList<>();
        Environment env = new Environment(System.getenv(),
                Clock.fixed(Instant.parse(Children.TODAY + "T09:00:00Z"), ZoneOffset.UTC), false);
        for (String arg : Arrays.asList(args).subList(1, args.length)) {
            if (!arg.equals(";")) {
                command.add(arg);
                continue;
            }
            LineCounter out = new LineCounter();
            StringWriter err = new StringWriter();
            List<String> all = new ArrayList<>(List.of("--db", db, "--quiet"));
            all.addAll(command);
            long start = System.nanoTime();
            int status = Main.run(env, new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
            long millis = (System.nanoTime() - start) / 1_000_000;
            String firstError = err.toString().lines().findFirst().orElse("");
            System.out.println(status + "\t" + out.lines + "\t" + out.events + "\t" + out.records + "\t" + firstError
                    + "\t" + millis + " ms\t" + String.join(" ", command));
            System.out.flush();
            command.clear();
        }
    }

    /** Counts lines, and those that begin with the markers of an event or a record, keeping nothing. */
    private static final class LineCounter extends Writer {
        private static final char[] EVENT = "BEGIN:VEVENT".toCharArray();
        private static final char[] RECORD = "  - ".toCharArray();

        long lines;
        long events;
        long records;
        private int column;
        private boolean event = true;
        private boolean record = true;

        @Override
        public void write(char[] text, int off, int len) {
            for (int i = off; i < off + len; i++) {
                char c = text[i];
                if (c == '\n') {
                    lines++;
                    column = 0;
                    event = true;
                    record = true;
                    continue;
                }
                event &= column < EVENT.length && EVENT[column] == c;
                record &= column < RECORD.length && RECORD[column] == c;
                column++;
                if (event && column == EVENT.length) {
                    events++;
                }
                if (record && column == RECORD.length) {
                    records++;
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
