package dev.rapport.scenario;

import dev.rapport.Main;
import java.io.IOException;

/**
 * A rapport process that has started its JVM and waits for a line on stdin before it runs: so
 * that a kill lands in rapport's own work, not in the JVM's start-up, and the next process can
 * start while the last one's database is checked.
 */
public final class Standby {

    private Standby() {
    }

    public static void main(String[] args) throws IOException {
        System.out.write('+'); // ready
        System.out.flush();
        if (System.in.read() < 0) {
            return; // the test went away
        }
        Main.main(args);
    }
}
