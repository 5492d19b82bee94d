package dev.rapport.scenario;

import dev.rapport.Main;
import dev.rapport.cli.Environment;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One process of the concurrency scenario: runs one kind of rapport command again and again, each
 * a whole run of the program with its own connection, for a number of seconds, and writes a line
 * per run to its result file: the exit status, what it wrote (for writers), the milliseconds it
 * took, and its first line on stderr.
 *
 * <p>Arguments: ROLE SECONDS RESULTS DB [CUSTOMERS [RUNS]]; ROLE is log, import, agenda, overdue,
 * list or next.
 */
public final class CommandLoop {

    static final int BATCH = 300;

    private CommandLoop() {
    }

    public static void main(String[] args) throws IOException {
        String role = args[0];
        long deadline = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        Path results = Path.of(args[2]);
        String db = args[3];
        int customers = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        int runs = args.length > 5 ? Integer.parseInt(args[5]) : Integer.MAX_VALUE;
        Random random = new Random(results.toString().hashCode());
        Environment env = Environment.system();
        try (BufferedWriter w = Files.newBufferedWriter(results)) {
            for (int seq = 0; seq < runs && System.nanoTime() < deadline; seq++) {
                String token = results.getFileName().toString().replace(".txt", "") + "-" + seq;
                List<String> cmd = new ArrayList<>(List.of("--db", db, "--quiet"));
                switch (role) {
                    case "log" -> {
                        String customer = "B" + random.nextInt(customers);
                        cmd.addAll(random.nextBoolean()
                                ? List.of("log", customer, "--via", "call", "--out", "--note", token)
                                : List.of("log", customer, "--via", "email", "--in", "--note", token));
                    }
                    case "import" -> {
                        Path csv = results.resolveSibling(token + ".csv");
                        StringBuilder text = new StringBuilder("id,name,email,tier,since\n");
                        for (int i = 0; i < BATCH; i++) {
                            text.append(token).append('.').append(i).append(",Imported ").append(token).append(' ').append(i)
                                    .append(',').append(token).append('.').append(i).append("@example.com,small,2025-03-01\n");
                        }
                        Files.writeString(csv, text);
                        cmd.addAll(List.of("import", "customers", csv.toString()));
                    }
                    case "agenda" -> cmd.addAll(List.of("agenda", "--days", "7"));
                    case "overdue" -> cmd.addAll(List.of("overdue", "--format", "csv"));
                    case "list" -> cmd.addAll(List.of("customer", "list", "--format", "csv"));
                    case "next" -> cmd.addAll(List.of("next", "B" + random.nextInt(customers)));
                    default -> throw new IllegalArgumentException(role);
                }
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                long start = System.nanoTime();
                int status = Main.run(env, new PrintWriter(out), new PrintWriter(err), cmd.toArray(String[]::new));
                long millis = (System.nanoTime() - start) / 1_000_000;
                String firstError = err.toString().lines().findFirst().orElse("").replace('\t', ' ');
                w.write(status + "\t" + token + "\t" + millis + "\t" + firstError + "\n");
                if (!err.toString().isEmpty()) {
                    // everything a user would have seen, for the test's report
                    Files.writeString(results.resolveSibling(token + ".err"), err.toString());
                }
            }
        }
    }
}
