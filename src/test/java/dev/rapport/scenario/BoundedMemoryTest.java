package dev.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every listing streams: on 200,000 customers, each with contact history and a complaint, every
 * listing in every format runs to its last row in a JVM of 64 MB of heap, and an import rejects
 * the row of a 100 MB field there. With 256 MB, the agenda's table ran out of memory at 100,000
 * customers, the customer list's CSV at 100,000, and an import at a 100 MB field. The listings run
 * one after the other in one JVM (ListingsInOneJvm): about 55 s to build the data and 140 s to
 * list, on two cores.
 */
@Tag("reliability")
class BoundedMemoryTest {

    private static final int CUSTOMERS = 200_000;
    /** Every tenth customer is a key one, with a call and a visit due; the others are small, with a call. */
    private static final int KEY = CUSTOMERS / 10;
    /** All overdue: the small ones were last reached in 2024, the key ones early in 2025. */
    private static final int ITEMS = CUSTOMERS - KEY + 2 * KEY;
    private static final String HEAP = "64m";

    @TempDir
    static Path home;

    private static Children rapport;

    @BeforeAll
    static void a_database_of_200000_customers_with_their_history_and_complaints() throws IOException {
        rapport = new Children(home, home.resolve("big.db"));
        Path customers = home.resolve("customers.csv");
        Path history = home.resolve("interactions.csv");
        Path tickets = home.resolve("tickets.csv");
        try (BufferedWriter c = Files.newBufferedWriter(customers); BufferedWriter h = Files.newBufferedWriter(history);
             BufferedWriter t = Files.newBufferedWriter(tickets)) {
            c.write("id,name,company,email,phone,tier,owner,since,last_contacted,notes\n");
            h.write("customer,at,channel,direction,outcome,note,satisfaction\n");
            t.write("ref,customer,opened,note,status,resolved\n");
            for (int i = 1; i <= CUSTOMERS; i++) {
                String id = String.format("C%06d", i);
                boolean key = i % 10 == 0;
                String day = String.format("-%02d-%02d", 1 + i % 9, 10 + i % 18);
                c.write(id + ",Kundin " + i + " Müller,Firma " + (i % 977) + " GmbH," + id.toLowerCase() + "@example.com,+49 30 "
                        + (1_000_000 + i) + "," + (key ? "key" : "small") + ",owner" + (i % 20) + ",2023-01-02,"
                        + (key ? "2025" : "2024") + day + ",\"Prefers e-mail, never before 9\"\n");
                // A missed call moves no date: everyone stays overdue, and the activity and satisfaction reports have rows.
                h.write(id + String.format(",2026-10-%02dT10:00", 1 + i % 28) + ",call,out,missed,Tried " + i + "," + (1 + i % 5) + "\n");
                t.write("T" + i + "," + id + ",2026-06-02 10:00,Invoice sent twice,closed,2026-06-05\n");
            }
        }
        for (String[] load : List.of(new String[] {"customers", customers.toString()},
                new String[] {"interactions", history.toString()}, new String[] {"complaints", tickets.toString()})) {
            Children.Run run = rapport.inProcess("import", load[0], load[1]);
            assertThat(run.status()).as(run.err()).isZero();
        }
    }

    /** Rows of the reports: by tier (key, small); by tier and by each of 20 owners; by week, twelve of them. */
    private static final java.util.Map<String, Integer> REPORT_ROWS = java.util.Map.of("coverage", 2, "satisfaction", 22, "activity", 12);

    /** A listing to run and the lines (or events, or records) it must print. */
    private record Listing(String command, long lines, Count count) {
    }

    private enum Count { LINES, EVENTS, RECORDS }

    @Test
    void every_listing_in_every_format_runs_to_its_last_row_in_64_mb_of_heap() throws Exception {
        List<Listing> listings = new ArrayList<>();
        for (String agenda : List.of("agenda", "overdue")) {
            listings.add(new Listing(agenda, ITEMS + 3, Count.LINES)); // the header, its rule, the heading "Overdue"
            listings.add(new Listing(agenda + " --format csv", ITEMS + 1, Count.LINES));
            listings.add(new Listing(agenda + " --format tsv", ITEMS + 1, Count.LINES));
            listings.add(new Listing(agenda + " --format json", ITEMS + 2, Count.LINES));
            listings.add(new Listing(agenda + " --format ics", ITEMS, Count.EVENTS));
        }
        for (String list : List.of("customer list", "complaint list --all")) {
            listings.add(new Listing(list, CUSTOMERS + 2, Count.LINES));
            listings.add(new Listing(list + " --format csv", CUSTOMERS + 1, Count.LINES));
            listings.add(new Listing(list + " --format tsv", CUSTOMERS + 1, Count.LINES));
            listings.add(new Listing(list + " --format json", CUSTOMERS + 2, Count.LINES));
        }
        for (String export : List.of("export customers", "export interactions")) {
            listings.add(new Listing(export + " --format csv", CUSTOMERS + 1, Count.LINES));
            listings.add(new Listing(export + " --format tsv", CUSTOMERS + 1, Count.LINES));
            listings.add(new Listing(export + " --format json", CUSTOMERS + 2, Count.LINES));
            listings.add(new Listing(export + " --format yaml", CUSTOMERS, Count.RECORDS));
        }
        listings.add(new Listing("check", 0, Count.LINES));
        for (var report : REPORT_ROWS.entrySet()) {
            listings.add(new Listing("report " + report.getKey() + " --format csv", report.getValue() + 1, Count.LINES));
            listings.add(new Listing("report " + report.getKey() + " --format tsv", report.getValue() + 1, Count.LINES));
            listings.add(new Listing("report " + report.getKey() + " --format json", report.getValue() + 2, Count.LINES));
        }
        // A report's table has its charts: at least a line per row.
        List<String> reports = REPORT_ROWS.keySet().stream().map(r -> "report " + r).toList();

        List<String> args = new ArrayList<>(List.of(home.resolve("big.db").toString()));
        for (String command : concat(listings.stream().map(Listing::command).toList(), reports)) {
            args.addAll(List.of(command.split(" ")));
            args.add(";");
        }
        Path log = home.resolve("listings.log");
        Process child = rapport.javaWithHeap(log, HEAP, ListingsInOneJvm.class.getName(), args);
        List<String[]> results = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                results.add(line.split("\t", -1));
            }
        }
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(log)).isZero();
        assertThat(results).hasSize(listings.size() + reports.size());

        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < listings.size(); i++) {
            Listing listing = listings.get(i);
            String[] result = results.get(i);
            softly.assertThat(result[0]).as(listing.command() + ": " + result[4]).isEqualTo("0");
            int column = switch (listing.count()) {
                case LINES -> 1;
                case EVENTS -> 2;
                case RECORDS -> 3;
            };
            softly.assertThat(Long.parseLong(result[column])).as(listing.command()).isEqualTo(listing.lines());
        }
        for (int r = 0; r < reports.size(); r++) {
            String[] table = results.get(listings.size() + r);
            String report = reports.get(r);
            softly.assertThat(table[0]).as(report + ": " + table[4]).isEqualTo("0");
            softly.assertThat(Long.parseLong(table[1])).as(report).isGreaterThan(REPORT_ROWS.get(report.substring(7)));
        }
        softly.assertAll();
    }

    @Test
    void an_import_with_a_field_of_100_mb_rejects_that_row_in_64_mb_of_heap() throws Exception {
        Path log = home.resolve("import.log");
        Path other = home.resolve("other.db");
        Process child = rapport.javaWithHeap(log, HEAP, "dev.rapport.Main",
                List.of("--db", other.toString(), "import", "customers", "-", "--format", "csv"));
        // The file comes through a pipe, made as it is written: it is never whole anywhere.
        try (OutputStream in = child.getOutputStream()) {
            in.write("id,name,notes\nB1,Anna,short\nB2,Bert,\"".getBytes(StandardCharsets.UTF_8));
            byte[] block = ("a \"\"quoted\"\" note, " + "x".repeat(1000) + "\n").getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 100_000_000; written += block.length) {
                in.write(block);
            }
            in.write("\"\nB3,Carl,ok\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException pipeClosed) {
            // The import ended before it read everything: its exit status and stderr say why.
        }
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(log);

        assertThat(child.exitValue()).as(err).isEqualTo(65);
        assertThat(err).startsWith("rejected line 3: field notes is longer than 1 MB\n")
                .contains("stdin: read 3, added 2, updated 0, unchanged 0, rejected 1");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
