package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport customer duplicates} (issue 12 item 6): the likely pairs, each customer with the
 * first one added before it that it matches, and why.
 */
class CustomerDuplicatesTest {

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void setUp() {
        rapport = new Rapport(home);
    }

    private void world() {
        ok("customer", "add", "Jürgen Müller", "--id", "C1", "--company", "ACME GmbH", "--email", "j.mueller@example.de",
                "--phone", "+49 30 1234567");
        ok("customer", "add", "JÜRGEN MULLER", "--id", "C2", "--company", "Acme GmbH");
        ok("customer", "add", "J. Müller", "--id", "C3", "--email", "J.Mueller@Example.de");
        ok("customer", "add", "Hans Berg", "--id", "C4", "--phone", "030 123 45 67");
        ok("customer", "add", "Jean Berger", "--id", "C5", "--phone", "+33 30 1234567");
        ok("customer", "add", "Ada Lovelace", "--id", "C6", "--email", "ada@example.org", "--phone", "+44 20 7946 0000");
        ok("customer", "add", "Juergen Mueller", "--id", "C7", "--email", "j.mueller@example.de", "--phone", "0049 (0)30 1234567");
    }

    @Test
    void pairs_share_an_e_mail_a_phone_in_any_format_or_a_name_and_company_in_any_case_and_accent() {
        world();

        var run = ok("customer", "duplicates", "--format", "csv");

        // C5's +33 number is not C1's +49 one, but matches C4's, written without a country code.
        assertThat(run.out()).isEqualTo("""
                keep,keep_name,duplicate,duplicate_name,reason\r
                C1,Jürgen Müller,C2,JÜRGEN MULLER,same name and company\r
                C1,Jürgen Müller,C3,J. Müller,same e-mail\r
                C1,Jürgen Müller,C4,Hans Berg,same phone\r
                C1,Jürgen Müller,C7,Juergen Mueller,same e-mail;same phone\r
                C4,Hans Berg,C5,Jean Berger,same phone\r
                """);
    }

    @Test
    void the_other_formats() {
        world();

        assertThat(ok("customer", "duplicates", "--format", "json").out()).startsWith("[\n  {\"keep\": \"C1\"")
                .contains("{\"keep\": \"C1\", \"keep_name\": \"Jürgen Müller\", \"duplicate\": \"C7\", \"duplicate_name\": \"Juergen Mueller\","
                        + " \"reason\": [\"same e-mail\", \"same phone\"]}");
        assertThat(ok("customer", "duplicates", "--format", "tsv").out().lines()).hasSize(6)
                .startsWith("keep\tkeep_name\tduplicate\tduplicate_name\treason");
        var table = ok("customer", "duplicates");
        assertThat(table.out().lines().findFirst().orElseThrow()).contains("keep", "keep_name", "duplicate", "reason");
        assertThat(table.out()).contains("same e-mail, same phone");
        assertThat(rapport.run("customer", "duplicates", "--format", "ics").status()).isEqualTo(2);
    }

    @Test
    void a_merged_pair_is_no_longer_listed() {
        world();
        ok("customer", "merge", "C1", "C7");

        assertThat(ok("customer", "duplicates", "--format", "csv").out()).doesNotContain("C7");
    }

    @Test
    void with_no_likely_pairs_it_says_so() {
        ok("customer", "add", "Ada Lovelace", "--id", "C1");
        ok("customer", "add", "Grace Hopper", "--id", "C2");

        var table = ok("customer", "duplicates");
        var csv = ok("customer", "duplicates", "--format", "csv");

        assertThat(table.out()).isEmpty();
        assertThat(table.err()).isEqualTo("No likely duplicates.\n");
        assertThat(csv.out()).isEqualTo("keep,keep_name,duplicate,duplicate_name,reason\r\n");
    }

    @Test
    void it_only_reads() {
        world();
        long entries = DatabaseDump.count(rapport.database(), "SELECT count(*) FROM journal");
        String before = DatabaseDump.of(rapport.database());

        ok("customer", "duplicates");

        assertThat(DatabaseDump.of(rapport.database())).isEqualTo(before);
        assertThat(DatabaseDump.count(rapport.database(), "SELECT count(*) FROM journal")).isEqualTo(entries);
    }

    private Rapport.Run ok(String... args) {
        var run = rapport.run(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run).isZero();
        return run;
    }
}
