package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every write to standard output is checked (STYLE 13): onto a full disk a listing fails with 74
 * and one sentence on stderr; into a pipe whose reader has gone ({@code | head -1}) it stops
 * quietly with 0, as {@code git log | head} does. The listings are read from the command model:
 * every command with an output {@code --format}, in each format it takes, the usage of every
 * command, and the few commands that print without a {@code --format}; a listing added later is
 * covered without a word here, unless it needs an argument no listing needed before.
 */
class StandardOutputFailureTest {

    private static final String FULL = "No space left on device";
    private static final String GONE = "Broken pipe";

    /** Arguments of listings that print without a --format. */
    private static final List<List<String>> PRINTING_WITHOUT_FORMAT = List.of(
            List.of(), List.of("--help"), List.of("--version"), List.of("check"),
            List.of("completion", "bash"), List.of("completion", "zsh"), List.of("completion", "fish"),
            List.of("complete", "customers", ""));

    @TempDir
    static Path home;

    static Rapport rapport;

    /** A value for each positional parameter a listing requires, by its label. */
    static Map<String, String> examples;

    @BeforeAll
    static void customers_with_something_for_every_listing_to_print() throws Exception {
        rapport = new Rapport(home);
        StringBuilder csv = new StringBuilder("id,name,email,tier,owner,last_contacted\n");
        for (int i = 1; i <= 40; i++) {
            csv.append("C").append(i).append(",Customer ").append(i).append(",c").append(i).append("@example.com,")
                    .append(i % 2 == 0 ? "key" : "small").append(",ann,2026-0").append(1 + i % 9).append("-15\n");
        }
        Path file = Files.writeString(home.resolve("customers.csv"), csv);
        ok("import", "customers", file.toString());
        ok("customer", "add", "Customer One", "--id", "D1", "--email", "C1@Example.com"); // a likely duplicate of C1
        ok("log", "C1", "--via", "call", "--in", "--kind", "complaint", "--note", "The delivery came late");
        ok("log", "C2", "--via", "visit", "--out", "--satisfaction", "4", "--note", "Happy");
        String complaint = ok("complaint", "list", "--format", "csv").lines().skip(1).findFirst().orElseThrow().split(",")[0];
        // Something other than rapport changed a stored date, so that check has a difference to list.
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + rapport.database()); var update = db.createStatement()) {
            update.executeUpdate("UPDATE customer SET plan = replace(plan, '=2026', '=2031') WHERE id = 'C40'");
        }
        examples = Map.of("CUSTOMER", "C2", "ID", complaint);
    }

    @TestFactory
    Stream<DynamicTest> onto_a_full_disk_every_listing_fails_with_74_and_says_so_in_one_sentence() {
        return failures(FULL, listing -> run -> {
            assertThat(run.status()).as(listing + ": " + run).isEqualTo(74);
            assertThat(run.err()).as(listing.toString()).isEqualTo("rapport: cannot write to standard output: " + FULL + "\n");
        });
    }

    @TestFactory
    Stream<DynamicTest> into_a_pipe_whose_reader_has_gone_every_listing_stops_quietly_with_0() {
        return failures(GONE, listing -> run -> {
            assertThat(run.status()).as(listing + ": " + run).isZero();
            assertThat(run.err()).as(listing.toString()).isEmpty();
        });
    }

    @Test
    void every_command_with_an_output_format_is_among_the_listings_tried() {
        Set<String> tried = new java.util.HashSet<>();
        listings().forEach(l -> tried.add(String.join(" ", l.command())));
        List<String> withFormat = new ArrayList<>();
        walk(model(), List.of(), (path, command) -> {
            if (outputFormat(command) != null) {
                withFormat.add(String.join(" ", path));
            }
        });
        assertThat(withFormat).contains("agenda", "overdue", "next", "brief", "customer list", "customer show",
                "complaint list", "complaint show", "report coverage", "report satisfaction", "report activity", "export");
        assertThat(tried).containsAll(withFormat);
    }

    @Test
    void a_failed_write_throws_once_and_then_nothing_more_reaches_the_output() {
        Cramped target = new Cramped(0, FULL);
        PrintWriter out = new PrintWriter(new StandardOutput(target));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> out.print("first row"))
                .hasMessage("cannot write to standard output: " + FULL);
        out.print("second row");   // a closing bracket, written while the command unwinds
        out.flush();

        assertThat(target.attempts).isEqualTo(1);
        assertThat(out.checkError()).isTrue();
    }

    @Test
    void the_shell_ends_quietly_when_the_reader_of_its_output_has_gone() {
        Rapport shell = new Rapport(home).input("customer list\ncustomer add Never Added\n");

        var run = shell.run(new Cramped(0, GONE), "--quiet", "shell");

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).as("read from a pipe, no prompt and no error").isEmpty();
        assertThat(ok("customer", "list", "--format", "csv")).doesNotContain("Never Added");
    }

    @Test
    void the_shell_ends_with_74_when_its_output_cannot_be_written() {
        Rapport shell = new Rapport(home).input("customer list\ncustomer add Never Added\n");

        var run = shell.run(new Cramped(0, FULL), "--quiet", "shell");

        assertThat(run.status()).as(run.toString()).isEqualTo(74);
        assertThat(run.err()).isEqualTo("rapport: cannot write to standard output: " + FULL + "\n");
        assertThat(ok("customer", "list", "--format", "csv")).doesNotContain("Never Added");
    }

    @Test
    void a_printwriter_handed_in_has_its_swallowed_failure_seen_through_check_error() {
        var run = rapport.run(new PrintWriter(new Cramped(0, FULL)), "--quiet", "customer", "list");

        assertThat(run.status()).isEqualTo(74);
        assertThat(run.err()).isEqualTo("rapport: cannot write to standard output: the writer reported an error\n");
    }

    // ---------------------------------------------------------------------------------------------

    /** One command line that prints, and how much it printed on a standard output that works. */
    record Listing(List<String> command, List<String> args, int length) {
        @Override
        public String toString() {
            return "rapport " + String.join(" ", args);
        }
    }

    /**
     * Each listing against standard outputs that fail with {@code message} halfway through: one
     * failing at the write (a command stopped in the middle), one behind a byte buffer, failing
     * only when the output is flushed at the end, as a small listing's does.
     */
    private static Stream<DynamicTest> failures(String message, Function<Listing, java.util.function.Consumer<Rapport.Run>> expect) {
        return listings().flatMap(listing -> Stream.of(
                dynamicTest(listing + " (at the write)", () ->
                        expect.apply(listing).accept(rapport.run(new Cramped(listing.length() / 2, message), listing.args().toArray(String[]::new)))),
                dynamicTest(listing + " (behind a buffer)", () ->
                        expect.apply(listing).accept(rapport.run(new OutputStreamWriter(new CrampedStream(listing.length() / 2, message),
                                StandardCharsets.UTF_8), listing.args().toArray(String[]::new))))));
    }

    private static Stream<Listing> listings() {
        List<Listing> listings = new ArrayList<>();
        for (List<String> line : PRINTING_WITHOUT_FORMAT) {
            listings.add(tried(line, line));
        }
        walk(model(), List.of(), (path, command) -> {
            listings.add(tried(path, plus(path, "--help")));
            if (!command.getSubcommands().isEmpty()) {
                listings.add(tried(path, path));   // a group alone prints its usage
            }
            OptionSpec format = outputFormat(command);
            if (format == null) {
                return;
            }
            for (List<String> positionals : required(command)) {
                for (String f : format.completionCandidates()) {
                    List<String> args = new ArrayList<>(path);
                    args.addAll(positionals);
                    args.addAll(List.of("--format", f));
                    Listing listing = tried(path, args);
                    if (listing != null) {
                        listings.add(listing);
                    }
                }
            }
        });
        return listings.stream().filter(java.util.Objects::nonNull);
    }

    /** The listing as it runs on a standard output that works; null for a format the command does not take. */
    private static Listing tried(List<String> command, List<String> line) {
        List<String> args = new ArrayList<>(List.of("--quiet"));
        args.addAll(line);
        var run = rapport.run(args.toArray(String[]::new));
        int format = line.indexOf("--format");
        if (run.status() == 2 && format >= 0 && run.err().contains("--format")) {
            return null;
        }
        assertThat(run.status()).as(run.toString()).isNotEqualTo(2).isNotEqualTo(70);
        assertThat(run.out()).as("rapport " + String.join(" ", args) + " prints something to fail on: " + run).isNotEmpty();
        return new Listing(command, args, run.out().length());
    }

    /** The --format of a command's output, if it has one (import's says what its input is). */
    private static OptionSpec outputFormat(CommandLine command) {
        OptionSpec format = command.getCommandSpec().findOption("--format");
        return format == null || format.completionCandidates() instanceof Formats.Imported ? null : format;
    }

    /** Every way to give the command its required positional parameters. */
    private static List<List<String>> required(CommandLine command) {
        List<List<String>> ways = new ArrayList<>(List.of(List.of()));
        for (PositionalParamSpec p : command.getCommandSpec().positionalParameters()) {
            if (p.arity().min() == 0) {
                continue;
            }
            List<String> values = new ArrayList<>();
            if (p.type().isEnum()) {
                p.completionCandidates().forEach(values::add);
            } else {
                assertThat(examples).as("an example " + p.paramLabel() + " for " + command.getCommandName()).containsKey(p.paramLabel());
                values.add(examples.get(p.paramLabel()));
            }
            List<List<String>> longer = new ArrayList<>();
            for (List<String> way : ways) {
                for (String v : values) {
                    longer.add(plus(way, v));
                }
            }
            ways = longer;
        }
        return ways;
    }

    private static CommandLine model() {
        Environment environment = new Environment(Map.of(), Clock.systemUTC(), false);
        return RapportCli.model(new Session(environment, new GlobalOptions(), new PrintWriter(Writer.nullWriter())),
                Commands.COMMANDS);
    }

    /** Every visible command under {@code parent}, with the words that name it. */
    private static void walk(CommandLine parent, List<String> path, java.util.function.BiConsumer<List<String>, CommandLine> visit) {
        Set<CommandLine> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (CommandLine command : parent.getSubcommands().values()) {
            if (!seen.add(command) || command.getCommandSpec().usageMessage().hidden()) {
                continue;
            }
            List<String> at = plus(path, command.getCommandName());
            visit.accept(at, command);
            walk(command, at, visit);
        }
    }

    private static List<String> plus(List<String> list, String word) {
        List<String> longer = new ArrayList<>(list);
        longer.add(word);
        return longer;
    }

    private static String ok(String... args) {
        var run = rapport.run(args);
        assertThat(run.status()).as(run.toString()).isZero();
        return run.out();
    }

    /** A standard output with room for {@code room} characters; then every write fails as the system says. */
    static final class Cramped extends Writer {
        private final int room;
        private final String message;
        private int written;
        int attempts;

        Cramped(int room, String message) {
            this.room = room;
            this.message = message;
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            attempts++;
            if (written + length > room) {
                throw new IOException(message);
            }
            written += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** The same, for bytes: behind an OutputStreamWriter's buffer it fails when that is flushed. */
    static final class CrampedStream extends OutputStream {
        private final int room;
        private final String message;
        private int written;

        CrampedStream(int room, String message) {
            this.room = room;
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (written + length > room) {
                throw new IOException(message);
            }
            written += length;
        }
    }
}
