package dev.rapport.scenario;

import dev.rapport.Main;
import dev.rapport.app.Storage;
import dev.rapport.storage.sqlite.SqliteStorage;
import java.nio.file.Path;

/**
 * Runs rapport commands, given as arguments separated by {@code ;}, then opens the database as
 * rapport does and keeps it open (with its write-ahead log and shared memory) until stdin closes
 * or gives a line: so that a test can look at every file rapport made while they all exist.
 */
public final class HoldOpen {

    private HoldOpen() {
    }

    public static void main(String[] args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>();
        for (String a : args) {
            if (a.equals(";")) {
                run(command);
                command.clear();
            } else {
                command.add(a);
            }
        }
        run(command);
        Path db = Path.of(System.getenv("RAPPORT_DB"));
        try (Storage storage = SqliteStorage.open(db)) {
            storage.inTransaction(() -> storage.customers().count());
            System.out.println("open");
            System.out.flush();
            System.in.read();
        }
    }

    private static void run(java.util.List<String> command) {
        if (command.isEmpty()) {
            return;
        }
        int status = Main.run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true),
                command.toArray(String[]::new));
        if (status != 0) {
            System.out.println("exit " + status + ": " + command);
            System.out.flush();
        }
    }
}
