package dev.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real rapport processes writing to a standard output that fails: {@code > /dev/full}, a pipe
 * that {@code head -1} closes after its line, and a small tmpfs that a big export fills. A full
 * output exits 74 with one sentence; a closed pipe exits 0 without a word, once its reader has gone.
 * {@code cli.StandardOutputFailureTest} tries every listing the same way in-process.
 */
@Tag("reliability")
class FullAndClosedStandardOutputTest {

    private static final int CUSTOMERS = 30_000;
    private static final String FULL = "rapport: cannot write to standard output: No space left on device\n";

    @TempDir
    Path home;

    private Children rapport;
    private Path mounted;

    @BeforeEach
    void thirtyThousandCustomers() throws IOException {
        rapport = new Children(home, home.resolve("rapport.db"));
        StringBuilder csv = new StringBuilder("id,name,company,email,tier,last_contacted\n");
        for (int i = 0; i < CUSTOMERS; i++) {
            csv.append('C').append(i).append(",Customer ").append(i).append(",A company with a longish name ").append(i)
                    .append(",c").append(i).append("@example.com,").append(i % 3 == 0 ? "key" : "small").append(",2026-01-15\n");
        }
        Children.Run imported = rapport.inProcess("import", "customers", Files.writeString(home.resolve("c.csv"), csv).toString());
        assertThat(imported.status()).as(imported.err()).isZero();
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", mounted.toString());
        }
    }

    @Test
    void an_export_or_an_agenda_onto_dev_full_exits_74_with_one_sentence() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "no /dev/full here");
        for (String[] listing : new String[][] {{"export", "customers"}, {"agenda", "--format", "csv"}, {"--help"}}) {
            Path err = home.resolve("err-" + listing[0]);
            Process p = rapport.rapport(listing).redirectOutput(ProcessBuilder.Redirect.to(full))
                    .redirectError(err.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(String.join(" ", listing) + ": " + Files.readString(err)).isEqualTo(74);
            assertThat(Files.readString(err)).as(String.join(" ", listing)).isEqualTo(FULL);
        }
    }

    @Test
    void an_export_into_a_pipe_that_head_closes_after_one_line_ends_with_0_and_no_word() throws Exception {
        Path err = home.resolve("err");
        Process p = rapport.rapport("export", "customers").redirectError(err.toFile()).start();
        try (BufferedReader head = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(head.readLine()).startsWith("id,name,company,");
        }   // closed, with most of the export unread: the next write meets a closed pipe

        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(err)).isEmpty();
    }

    @Test
    void a_big_export_onto_a_full_tmpfs_exits_74_not_0() throws Exception {
        Path disk = mountTmpfs("size=2m");
        Path export = disk.resolve("customers.csv");
        Path err = home.resolve("err");

        Process p = rapport.rapport("export", "customers").redirectOutput(export.toFile()).redirectError(err.toFile()).start();

        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isEqualTo(74);
        assertThat(Files.readString(err)).isEqualTo(FULL);
        assertThat(Files.size(export)).as("what fitted").isGreaterThan(0).isLessThanOrEqualTo(2 << 20);
    }

    private Path mountTmpfs(String options) throws Exception {
        Path at = Files.createDirectories(home.resolve("tmpfs"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString()) == 0,
                "cannot mount here (needs root and a container that allows it)");
        mounted = at;
        return at;
    }

    private static int run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1; // no mount command
        }
    }
}
