package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport customer forget ID} (issue 12 item 7), the right to erasure: the customer and
 * everything recorded of it go for good, the journal included; no query, export, later backup or
 * byte of the database file or its log finds its name, e-mail or phone; the report tallies keep
 * anonymous counts; it cannot be undone, and says so before and after.
 *
 * <p>The world: Monday 2026-11-23. Jürgen Müller (C1) with a history: calls, one rated, an
 * e-mail that owes an answer, a complaint with events, a plan, a snooze, an old phone number
 * edited away, a duplicate record (C3) merged into him, and the calendar feed's events of him.
 * Ada Lovelace (C2) stays.
 */
class CustomerForgetTest {

    private static final String NAME = "Jürgen Müller";
    private static final String EMAIL = "j.mueller@example.de";
    private static final String PHONE = "+49 30 1234567";
    private static final String OLD_PHONE = "+49 30 7654321";
    private static final String DUPLICATE_NAME = "Juergen Mueller";
    private static final String DUPLICATE_PHONE = "0171 5550123";
    private static final List<String> PERSONAL = List.of(NAME, EMAIL, PHONE, OLD_PHONE, DUPLICATE_NAME, DUPLICATE_PHONE);

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void setUp() {
        rapport = new Rapport(home).env("RAPPORT_USER", "anna");
    }

    private void world() {
        ok("customer", "add", NAME, "--id", "C1", "--tier", "key", "--owner", "bernd", "--email", EMAIL, "--phone", OLD_PHONE,
                "--notes", "prefers mornings");
        ok("customer", "add", "Ada Lovelace", "--id", "C2", "--tier", "small", "--owner", "anna", "--email", "ada@example.org");
        ok("customer", "edit", "C1", "--phone", PHONE);
        ok("log", "C1", "--via", "call", "--out", "--at", "2026-11-02 10:00", "--satisfaction", "4", "--note", "Jürgen was happy");
        ok("log", "C1", "--via", "email", "--in", "--note", "question from " + EMAIL, "--at", "2026-11-20 15:00");
        ok("log", "Jürgen", "--via", "call", "--in", "--kind", "complaint", "--note", "late delivery", "--at", "2026-11-16 10:00");
        // Three complaint events: opened, its escalation point of 2026-11-19 (kept when it is escalated by hand), escalated.
        ok("complaint", "escalate", String.valueOf(count("SELECT max(id) FROM obligation WHERE type = 'resolve'")), "--to", "carla");
        ok("plan", "C1", "--goal", "call " + NAME + " about the renewal");
        ok("snooze", "C1", "--until", "2026-12-20", "--channel", "visit");
        ok("customer", "add", DUPLICATE_NAME, "--id", "C3", "--phone", DUPLICATE_PHONE);
        ok("log", "C3", "--via", "call", "--out", "--at", "2026-11-03 09:00", "--satisfaction", "2");
        ok("customer", "merge", "C1", "C3");
        ok("log", "C2", "--via", "call", "--out", "--at", "2026-11-02 11:00", "--satisfaction", "5");
        // The calendar feed remembers what it published, with the names in its summaries.
        ok("agenda", "--days", "90", "--format", "ics");
    }

    @Test
    void forget_erases_the_customer_and_everything_recorded_of_it() {
        world();

        var forget = ok("customer", "forget", "C1", "--yes");

        assertThat(forget.out()).isEmpty();
        assertThat(forget.err()).isEqualTo("customer forget cannot be undone: it erases C1 (Jürgen Müller) and C3"
                + " (Juergen Mueller), which was merged into it, for good, with all their contacts, obligations, complaints and plans, also"
                + " from the journal.\n"
                + "Erased C1 and C3 (merged into it): 2 customers, 4 contacts, 3 obligations (1 complaint, 3 complaint events),"
                + " 1 plan, 1 snooze; removed 18 changes from the journal; 11 entries they were part of can no longer be undone.\n"
                + "Compacted the database (VACUUM) and emptied its log: neither file holds a copy. Backups made before still do.\n");
        assertThat(rapport.run("customer", "show", "C1").status()).isEqualTo(2);
        assertThat(rapport.run("customer", "show", "C3").status()).isEqualTo(2);
        assertThat(records(ok("export", "customers"))).extracting(r -> r.get("id")).containsExactly("C2");
        assertThat(records(ok("export", "interactions"))).extracting(r -> r.get("customer")).containsExactly("C2");
        assertThat(ok("complaint", "list", "--all").out()).doesNotContain("C1");
        assertThat(ok("agenda", "--days", "90", "--format", "csv").out()).doesNotContain("C1");
        checkClean();
    }

    @Test
    void no_query_export_backup_or_byte_of_the_file_and_its_log_holds_the_name_e_mail_or_phone() throws Exception {
        world();
        Path db = rapport.database();
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        assertThat(found(db, wal)).as("before: the scan finds what it looks for").containsAll(List.of(NAME, EMAIL, PHONE, OLD_PHONE));

        // Another program holds the database open: the log stays, and must be emptied, not left.
        try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            reader.createStatement().executeQuery("SELECT count(*) FROM customer").close();
            ok("customer", "forget", "C1", "--yes");

            assertThat(found(db, wal)).isEmpty();
            assertThat(Files.exists(wal) ? Files.size(wal) : 0).isZero();
        }
        Path backup = home.resolve("after.db");
        ok("backup", backup.toString());
        assertThat(found(backup)).isEmpty();
        for (List<String> query : List.of(List.of("export", "customers"), List.of("export", "interactions"),
                List.of("export", "customers", "--format", "json"), List.of("customer", "list", "--search", "ller"),
                List.of("complaint", "list", "--all"), List.of("undo", "--list", "--format", "csv"), List.of("report", "satisfaction"),
                List.of("customer", "duplicates"))) {
            var run = ok(query.toArray(String[]::new));
            for (String text : PERSONAL) {
                assertThat(run.out() + run.err()).as(String.join(" ", query)).doesNotContain(text);
            }
        }
        assertThat(found(db, wal)).as("and still not after reading").isEmpty();
        checkClean();
    }

    @Test
    void the_word_index_keeps_no_word_of_the_name_or_the_company_either() throws Exception {
        ok("customer", "add", "Zebulon Quackenbush", "--id", "C1", "--company", "Ölmühle Quackenbush");
        ok("customer", "add", "Ada Lovelace", "--id", "C2");
        ok("customer", "edit", "C1", "--company", "Ölmühle Quackenbush & Söhne");   // the old words marked deleted, the new added
        Path db = rapport.database();
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        // The index keeps words folded: lower case, without accents.
        List<String> words = List.of("zebulon", "quackenbush", "olmuhle", "sohne");
        assertThat(bytesFound(words, db, wal)).as("before: the scan finds the index's words").contains("zebulon", "quackenbush");

        ok("customer", "forget", "C1", "--yes");

        assertThat(bytesFound(words, db, wal)).isEmpty();
        assertThat(ok("customer", "list", "--search", "quack").out()).doesNotContain("C1");
        assertThat(ok("customer", "list", "--search", "love").out()).contains("C2");
        assertThat(DatabaseDump.wordIndexAgrees(db)).isTrue();
    }

    private static List<String> bytesFound(List<String> texts, Path... files) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            if (Files.exists(file)) {
                byte[] bytes = Files.readAllBytes(file);
                for (String text : texts) {
                    if (indexOf(bytes, text.getBytes(StandardCharsets.UTF_8)) >= 0 && !found.contains(text)) {
                        found.add(text);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void without_a_terminal_to_ask_on_and_without_yes_nothing_is_erased() {
        world();
        String before = DatabaseDump.of(rapport.database());

        var run = rapport.run("customer", "forget", "C1");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("rapport: customer forget cannot be undone: it erases C1 (Jürgen Müller) and C3"
                + " (Juergen Mueller), which was merged into it, for good, with all their contacts, obligations, complaints and plans, also"
                + " from the journal; there is no terminal to ask on: confirm with --yes\n");
        assertThat(DatabaseDump.of(rapport.database())).isEqualTo(before);
    }

    @Test
    void on_a_terminal_it_asks_first_and_only_yes_erases() {
        world();
        String before = DatabaseDump.of(rapport.database());

        var declined = rapport.interactive().input("no\n").run("customer", "forget", "C1");

        assertThat(declined.status()).isZero();
        assertThat(declined.err()).startsWith("customer forget cannot be undone: it erases C1 (Jürgen Müller)")
                .contains("Erase for good? [y/N] ").endsWith("Nothing was erased.\n");
        assertThat(DatabaseDump.of(rapport.database())).isEqualTo(before);

        var confirmed = rapport.input("yes\n").run("customer", "forget", "C1");

        assertThat(confirmed.status()).as(confirmed.toString()).isZero();
        assertThat(confirmed.err()).contains("Erase for good? [y/N] ").contains("Erased C1 and C3 (merged into it): ");
        assertThat(rapport.run("customer", "show", "C1").status()).isEqualTo(2);
    }

    @Test
    void undo_after_forget_does_not_bring_the_customer_back_and_says_forget_cannot_be_undone() {
        world();
        ok("customer", "forget", "C1", "--yes");
        String after = DatabaseDump.of(rapport.database());
        long forget = count("SELECT max(id) FROM journal");

        var undo = rapport.run("undo");
        var dry = rapport.run("undo", "--dry-run");

        assertThat(undo.status()).isEqualTo(2);
        assertThat(undo.err()).isEqualTo("rapport: cannot undo #" + forget + " (rapport customer forget (erased)): customer forget"
                + " cannot be undone, nor anything before it\n");
        assertThat(dry.status()).isEqualTo(2);
        assertThat(dry.err()).isEqualTo(undo.err());
        assertThat(DatabaseDump.of(rapport.database())).isEqualTo(after);
        checkClean();
    }

    @Test
    void the_journal_keeps_forget_and_what_it_changed_but_not_whom() {
        world();
        ok("customer", "forget", "C1", "--yes");

        List<CSVRecord> list = records(ok("undo", "--list", "--format", "csv"));

        assertThat(list.get(0).toMap()).containsEntry("command", "rapport customer forget (erased)").containsEntry("user", "anna")
                .containsEntry("changed", "2 customers, 4 contacts, 3 obligations, 3 complaint events, 1 plan, 1 snooze");
        assertThat(list).extracting(r -> r.get("command")).contains("rapport … (erased by customer forget)",
                "rapport customer add 'Ada Lovelace' --id C2 --tier small --owner anna --email ada@example.org",
                "rapport log C2 --via call --out --at '2026-11-02 11:00' --satisfaction 5");
        assertThat(list).extracting(r -> r.get("command")).noneMatch(c -> c.contains("C1") || c.contains("Jürgen") || c.contains("C3"));
    }

    @Test
    void changes_made_after_forget_are_undone_as_ever() {
        world();
        ok("customer", "forget", "C1", "--yes");
        String before = DatabaseDump.of(rapport.database());
        ok("log", "C2", "--via", "email", "--in", "--note", "a question");

        assertThat(ok("undo").err()).contains("rapport log C2 --via email --in");

        assertThat(DatabaseDump.of(rapport.database())).isEqualTo(before);
        assertThat(rapport.run("undo").status()).isEqualTo(2);
        checkClean();
    }

    @Test
    void activity_and_satisfaction_keep_anonymous_counts_and_coverage_counts_the_customers_there_are() {
        world();
        String activity = ok("report", "activity", "--by", "month", "--format", "csv").out();
        String satisfaction = ok("report", "satisfaction", "--format", "csv").out();

        ok("customer", "forget", "C1", "--yes");

        assertThat(ok("report", "activity", "--by", "month", "--format", "csv").out()).isEqualTo(activity);
        assertThat(ratings(ok("report", "satisfaction", "--format", "csv").out())).isEqualTo(ratings(satisfaction));
        assertThat(ok("report", "satisfaction", "--format", "csv").out()).as("the complaints there are").isNotEqualTo(satisfaction);
        assertThat(records(ok("report", "coverage", "--format", "csv"))).extracting(r -> r.get("group")).containsExactly("small");
        checkClean();
    }

    @Test
    void the_anonymous_counts_survive_a_history_counted_afresh() throws IOException {
        world();
        ok("customer", "forget", "C1", "--yes");
        ok("customer", "forget", "C2", "--yes");  // the history is empty now: the next import counts the tallies afresh
        ok("customer", "add", "Grace Hopper", "--id", "C4");
        String activity = ok("report", "activity", "--by", "month", "--format", "csv").out();
        Path file = home.resolve("history.csv");
        Files.writeString(file, """
                customer,at,channel,direction,outcome,kind,note,satisfaction
                C4,2026-11-04 10:00,call,out,reached,routine,check-in,3
                """);

        ok("import", "interactions", file.toString());
        checkClean();
        ok("undo");

        assertThat(ok("report", "activity", "--by", "month", "--format", "csv").out()).isEqualTo(activity);
        checkClean();
    }

    @Test
    void a_customer_merged_into_another_is_forgotten_through_the_one_it_was_merged_into() {
        world();
        String before = DatabaseDump.of(rapport.database());

        var run = rapport.run("customer", "forget", "C3", "--yes");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("rapport: C3 was merged into C1, which holds its data too; forget C1, which erases C3 with it\n");
        assertThat(DatabaseDump.of(rapport.database())).isEqualTo(before);
    }

    @Test
    void an_unknown_customer_is_a_usage_error() {
        world();
        var run = rapport.run("customer", "forget", "C9", "--yes");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("rapport: no customer matches \"C9\"");
    }

    // helpers

    /** The personal data found, as UTF-8 bytes, anywhere in the files: what {@code strings} would show. */
    private static List<String> found(Path... files) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            if (!Files.exists(file)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            for (String text : PERSONAL) {
                if (indexOf(bytes, text.getBytes(StandardCharsets.UTF_8)) >= 0 && !found.contains(text)) {
                    found.add(text);
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Per tier, the number of ratings and their average. */
    private static List<String> ratings(String csv) {
        return records(new Rapport.Run(0, csv, "")).stream().map(r -> r.get("group") + " " + r.get("responses") + " " + r.get("average"))
                .toList();
    }

    private long count(String sql) {
        return DatabaseDump.count(rapport.database(), sql);
    }

    private void checkClean() {
        var check = rapport.run("check");
        assertThat(check.status()).as(check.toString()).isZero();
    }

    private Rapport.Run ok(String... args) {
        var run = rapport.run(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run).isZero();
        return run;
    }

    private static List<CSVRecord> records(Rapport.Run run) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(run.out())).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
