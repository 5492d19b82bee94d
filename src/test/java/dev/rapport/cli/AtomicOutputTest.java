package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output file ({@code export -o}, {@code --rejects}) appears whole, owner-only, and only when
 * its command succeeds: an existing file is kept without {@code --force}, a failed command leaves
 * the old file as it was and no temporary file, and {@code -o -} is standard output. (Owner-only
 * under {@code umask 000} is in scenario.FileModesTest, which runs rapport with that umask.)
 */
class AtomicOutputTest {

    @TempDir
    Path home;

    private Rapport rapport;
    private Path dirty;

    @BeforeEach
    void twoCustomersAndAFileWithABadRow() throws IOException {
        rapport = new Rapport(home);
        assertThat(rapport.run("customer", "add", "Ada Lovelace", "--id", "C1").status()).isZero();
        assertThat(rapport.run("customer", "add", "Bob Stone", "--id", "C2").status()).isZero();
        dirty = Files.writeString(home.resolve("dirty.csv"), "id,name,email\nD1,Dora,dora@example.org\nD2,,not-an-address\n");
    }

    @Test
    void export_does_not_overwrite_a_file_without_force() throws IOException {
        Path file = Files.writeString(home.resolve("customers.csv"), "precious");

        var refused = rapport.run("export", "customers", "-o", file.toString());

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("rapport: " + file + " exists already; choose another name or add --force to replace it\n");
        assertThat(Files.readString(file)).isEqualTo("precious");
        assertThat(rapport.run("export", "customers", "-o", file.toString(), "--force").status()).isZero();
        assertThat(Files.readString(file)).isEqualTo(rapport.run("export", "customers").out());
    }

    @Test
    void rejects_does_not_overwrite_a_file_without_force() throws IOException {
        Path rejects = Files.writeString(home.resolve("rejects.csv"), "precious");

        var refused = rapport.run("import", "customers", dirty.toString(), "--rejects", rejects.toString());

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("rapport: " + rejects + " exists already; choose another name or add --force to replace it\n");
        assertThat(Files.readString(rejects)).isEqualTo("precious");
        assertThat(rapport.run("customer", "show", "D1").status()).as("nothing imported").isEqualTo(2);
        assertThat(rapport.run("import", "customers", dirty.toString(), "--rejects", rejects.toString(), "--force").status())
                .isEqualTo(65);
        assertThat(Files.readString(rejects)).startsWith("id,name,email,line,reason\r\nD2,,not-an-address,3,");
    }

    @Test
    void an_export_and_a_rejects_file_are_owner_only() throws IOException {
        Path export = home.resolve("customers.csv");
        Path rejects = home.resolve("rejects.csv");

        assertThat(rapport.run("export", "customers", "-o", export.toString()).status()).isZero();
        assertThat(rapport.run("import", "customers", dirty.toString(), "--rejects", rejects.toString()).status()).isEqualTo(65);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(export))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rejects))).isEqualTo("rw-------");
    }

    @Test
    void a_failing_export_leaves_the_old_file_intact() throws IOException {
        Path file = Files.writeString(home.resolve("customers.csv"), "last week's export");
        Path junk = Files.writeString(home.resolve("junk.db"), "not a database, and long enough to be read as one's header");

        var failed = rapport.run("--db", junk.toString(), "export", "customers", "-o", file.toString(), "--force");

        assertThat(failed.status()).as(failed.toString()).isEqualTo(65);
        assertThat(Files.readString(file)).isEqualTo("last week's export");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void an_import_that_fails_leaves_no_rejects_file_and_an_old_one_intact() throws IOException {
        Path rejects = home.resolve("rejects.csv");

        var strict = rapport.run("import", "customers", dirty.toString(), "--strict", "--rejects", rejects.toString());

        assertThat(strict.status()).isEqualTo(65);
        assertThat(rejects).doesNotExist();
        Files.writeString(rejects, "last week's rejects");
        var unreadable = rapport.run("import", "customers", home.resolve("missing.csv").toString(), "--rejects", rejects.toString(),
                "--force");
        assertThat(unreadable.status()).isEqualTo(66);
        assertThat(Files.readString(rejects)).isEqualTo("last week's rejects");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void output_dash_is_standard_output_not_a_file_named_dash() {
        var run = rapport.run("export", "customers", "-o", "-");

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo(rapport.run("export", "customers").out()).contains("Ada Lovelace");
        assertThat(run.err()).isEmpty();
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void rejects_dash_is_standard_output() {
        var run = rapport.run("import", "customers", dirty.toString(), "--rejects", "-");

        assertThat(run.status()).isEqualTo(65);
        assertThat(run.out()).startsWith("id,name,email,line,reason\r\nD2,,not-an-address,3,");
        assertThat(Path.of("-")).doesNotExist();
    }

    /** Temporary files left beside the outputs. */
    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(home)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
