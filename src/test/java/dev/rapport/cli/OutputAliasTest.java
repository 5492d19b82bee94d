package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No output of a command lands on what the command reads. Every command with an output file
 * ({@code export -o}, each import's {@code --rejects}, {@code backup FILE}), aimed at the database,
 * its write-ahead log or shared memory, or the command's input, by its own name, a symlink, a
 * {@code ..} or a hard link, is refused with exit 2 and one sentence naming both paths, even with
 * {@code --force}; the database and the input are byte for byte as they were, and no temporary
 * file is left behind.
 */
class OutputAliasTest {

    /** A command with an output file, and which of its inputs it reads besides the database. */
    enum Command {
        EXPORT_CUSTOMERS("export"), EXPORT_INTERACTIONS("export"),
        IMPORT_CUSTOMERS("rejects"), IMPORT_INTERACTIONS("rejects"), IMPORT_COMPLAINTS("rejects"),
        BACKUP("backup");

        final String purpose;

        Command(String purpose) {
            this.purpose = purpose;
        }

        String[] aimedAt(Path output, Inputs in) {
            return switch (this) {
                case EXPORT_CUSTOMERS -> args("export", "customers", "-o", output.toString(), "--force");
                case EXPORT_INTERACTIONS -> args("export", "interactions", "--format", "yaml", "--output", output.toString(), "--force");
                case IMPORT_CUSTOMERS -> args("import", "customers", in.customers.toString(), "--rejects", output.toString(), "--force");
                case IMPORT_INTERACTIONS -> args("import", "interactions", in.interactions.toString(), "--rejects", output.toString(), "--force");
                case IMPORT_COMPLAINTS -> args("import", "complaints", in.tickets.toString(), "--rejects", output.toString(), "--force");
                case BACKUP -> args("backup", output.toString(), "--force");
            };
        }

        private static String[] args(String... args) {
            return args;
        }

        /** The file the command reads besides the database: the one imported, else the configuration. */
        Path input(Inputs in) {
            return switch (this) {
                case IMPORT_CUSTOMERS -> in.customers;
                case IMPORT_INTERACTIONS -> in.interactions;
                case IMPORT_COMPLAINTS -> in.tickets;
                default -> in.config;
            };
        }
    }

    /** How an output reaches a file it must not write: by name, symlink, {@code ..} or hard link. */
    enum Aim {
        THE_DATABASE, ITS_WRITE_AHEAD_LOG, ITS_SHARED_MEMORY, ITS_ROLLBACK_JOURNAL, THE_INPUT,
        A_SYMLINK_TO_THE_DATABASE, A_DOTDOT_PATH_TO_THE_DATABASE, A_HARD_LINK_TO_THE_DATABASE,
        A_SYMLINK_TO_THE_INPUT, A_DOTDOT_PATH_TO_THE_INPUT, A_HARD_LINK_TO_THE_INPUT;

        Path at(Path home, Path db, Path input) throws IOException {
            Path links = Files.createDirectories(home.resolve("links"));
            return switch (this) {
                case THE_DATABASE -> db;
                case ITS_WRITE_AHEAD_LOG -> Path.of(db + "-wal");
                case ITS_SHARED_MEMORY -> Path.of(db + "-shm");
                case ITS_ROLLBACK_JOURNAL -> Path.of(db + "-journal");
                case THE_INPUT -> input;
                case A_SYMLINK_TO_THE_DATABASE -> Files.createSymbolicLink(links.resolve("db-link"), db);
                case A_DOTDOT_PATH_TO_THE_DATABASE -> links.resolve("..").resolve(home.relativize(db));
                case A_HARD_LINK_TO_THE_DATABASE -> Files.createLink(links.resolve("db-hard"), db);
                case A_SYMLINK_TO_THE_INPUT -> Files.createSymbolicLink(links.resolve("in-link"), input);
                case A_DOTDOT_PATH_TO_THE_INPUT -> links.resolve("..").resolve(home.relativize(input));
                case A_HARD_LINK_TO_THE_INPUT -> Files.createLink(links.resolve("in-hard"), input);
            };
        }

        /** The file this aim reaches, by its own name. */
        Path reaches(Path db, Path input) {
            return switch (this) {
                case ITS_WRITE_AHEAD_LOG -> Path.of(db + "-wal");
                case ITS_SHARED_MEMORY -> Path.of(db + "-shm");
                case ITS_ROLLBACK_JOURNAL -> Path.of(db + "-journal");
                case THE_INPUT, A_SYMLINK_TO_THE_INPUT, A_DOTDOT_PATH_TO_THE_INPUT, A_HARD_LINK_TO_THE_INPUT -> input;
                default -> db;
            };
        }
    }

    record Inputs(Path customers, Path interactions, Path tickets, Path config) {
    }

    @TempDir
    Path home;

    private Rapport rapport;
    private Inputs inputs;

    @BeforeEach
    void aDatabaseAndFilesToImport() throws IOException {
        rapport = new Rapport(home).writeConfig("tiers:\n  key: { cadence: { call: 2 weeks } }\n");
        // Each input has a bad row, so that a rejects file would be written.
        Path customers = Files.writeString(home.resolve("customers.csv"),
                "id,name,email,tier\nC1,Ada Lovelace,ada@example.org,key\nC2,,not-an-address,key\n");
        assertThat(rapport.run("import", "customers", customers.toString()).status()).isEqualTo(65);
        Path interactions = Files.writeString(home.resolve("interactions.csv"),
                "customer,at,channel,direction,outcome\nC1,2026-11-20T10:00,call,out,reached\nC9,someday,call,out,reached\n");
        Path tickets = Files.writeString(home.resolve("tickets.csv"),
                "Ticket ID,Ticket Name,Ticket Status,Ticket Priority,Create Date,Close Date,Ticket Owner,Associated Contact Email\n"
                        + "T-1,Late,Open,High,2026-11-18 09:00,,Sam,ada@example.org\nT-2,Who,Open,,2026-11-18,,Sam,nobody@example.com\n");
        inputs = new Inputs(customers, interactions, tickets, rapport.config());
    }

    static Stream<Arguments> everyCommandAtEveryAim() {
        List<Arguments> all = new ArrayList<>();
        for (Command c : Command.values()) {
            for (Aim a : Aim.values()) {
                all.add(Arguments.of(c, a));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("everyCommandAtEveryAim")
    void an_output_is_refused_over_the_database_and_the_input_whatever_name_reaches_them(Command command, Aim aim)
            throws Exception {
        Path db = rapport.database();
        Path input = command.input(inputs);
        Path target = aim.at(home, db, input);
        Path reached = aim.reaches(db, input);
        Map<Path, String> before = contents();

        var run = rapport.run(command.aimedAt(target, inputs));

        assertThat(run.status()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).as(run.toString())
                .startsWith("rapport: " + target + " is ")
                .contains(" (" + reached.getParent().toRealPath().resolve(reached.getFileName()) + "); ")
                .endsWith("; write the " + command.purpose + " to another file\n")
                .hasLineCount(1);
        assertThat(contents()).as("the database, the inputs and nothing else, byte for byte").isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void an_output_is_refused_over_the_write_ahead_log_while_another_process_has_it_open(Command command) throws Exception {
        Path db = rapport.database();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = other.createStatement()) {
            st.execute("BEGIN");
            st.executeQuery("SELECT count(*) FROM customer").close(); // a reader: the log and its index exist
            Path wal = Path.of(db + "-wal");
            Path shm = Path.of(db + "-shm");
            assertThat(wal).exists();
            assertThat(shm).exists();
            Path hardLinkToWal = Files.createLink(home.resolve("wal-hard"), wal);
            Map<Path, String> before = contents();

            for (Path target : List.of(wal, shm, hardLinkToWal)) {
                var run = rapport.run(command.aimedAt(target, inputs));
                assertThat(run.status()).as(run.toString()).isEqualTo(2);
                assertThat(run.err()).as(run.toString()).contains(" is the database's ").hasLineCount(1);
            }
            assertThat(contents()).isEqualTo(before);
            st.execute("ROLLBACK");
        }
    }

    static Stream<Command> commands() {
        return Stream.of(Command.values());
    }

    @Test
    void export_refuses_to_write_over_the_database() throws IOException {
        byte[] before = Files.readAllBytes(rapport.database());

        var run = rapport.run("export", "customers", "-o", rapport.database().toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("rapport: " + rapport.database() + " is the database (" + rapport.database().toRealPath()
                + "); write the export to another file\n");
        assertThat(Files.readAllBytes(rapport.database())).isEqualTo(before);
        assertThat(rapport.run("customer", "list", "--format", "csv").out()).contains("C1");
    }

    @Test
    void rejects_refuses_to_write_over_the_database() throws IOException {
        byte[] before = Files.readAllBytes(rapport.database());

        var run = rapport.run("import", "customers", inputs.customers().toString(), "--rejects", rapport.database().toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("is the database").hasLineCount(1);
        assertThat(Files.readAllBytes(rapport.database())).isEqualTo(before);
        assertThat(rapport.run("check").status()).isZero();
    }

    @Test
    void rejects_refuses_to_write_over_the_file_being_imported() throws IOException {
        StringBuilder big = new StringBuilder("id,name,email,tier\n");
        for (int i = 1; i <= 3000; i++) {
            big.append(i % 1000 == 0 ? "B" + i + ",,bad,key\n" : "B" + i + ",Name " + i + ",b" + i + "@example.org,key\n");
        }
        Path file = Files.writeString(home.resolve("big.csv"), big);

        var run = rapport.run("import", "customers", file.toString(), "--rejects", file.toString(), "--force");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("rapport: " + file + " is the file being imported (" + file.toRealPath()
                + "); write the rejects to another file\n");
        assertThat(Files.readString(file)).isEqualTo(big.toString());
        assertThat(rapport.run("customer", "list", "--format", "csv").out()).doesNotContain("B1,");
    }

    /** Every file under home (the database, the inputs, the links) and a digest of its bytes. */
    private Map<Path, String> contents() throws Exception {
        Map<Path, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(home.resolve("cache"))).toList()) {
                all.put(home.relativize(f), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return all;
    }
}
