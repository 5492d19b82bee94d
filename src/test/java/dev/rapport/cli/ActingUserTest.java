package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who did it (issue 12 item 5): the acting user is {@code RAPPORT_USER}, else the login name
 * ({@code USER}, else {@code LOGNAME}); every contact, complaint event and journal entry records
 * it, and {@code complaint show}, {@code undo --list} and the export show it.
 */
class ActingUserTest {

    @TempDir
    Path home;

    private Rapport.Run ok(Rapport rapport, String... args) {
        var run = rapport.run(args);
        assertThat(run.status()).as(run.toString()).isZero();
        return run;
    }

    @Test
    void rapport_user_wins_over_the_login_name() {
        Rapport rapport = new Rapport(home).env("USER", "bernd").env("LOGNAME", "carla").env("RAPPORT_USER", "anna");
        ok(rapport, "customer", "add", "Ada Lovelace", "--id", "C1");
        ok(rapport, "log", "C1", "--via", "call", "--out");

        assertThat(ok(rapport, "undo", "--list", "--format", "csv").out()).contains(",anna,rapport log C1").doesNotContain("bernd");
        assertThat(ok(rapport, "export", "interactions", "--format", "csv").out()).contains(",anna");
    }

    @Test
    void without_rapport_user_the_login_name_acts() {
        Rapport rapport = new Rapport(home).env("USER", "bernd").env("LOGNAME", "carla");
        ok(rapport, "customer", "add", "Ada Lovelace", "--id", "C1");
        Rapport viaLogname = new Rapport(home).env("LOGNAME", "carla").env("USER", " ");
        ok(viaLogname, "customer", "tier", "C1", "key");

        assertThat(ok(rapport, "undo", "--list", "--format", "csv").out())
                .contains("2,2026-11-23T09:00,carla,rapport customer tier C1 key")
                .contains("1,2026-11-23T09:00,bernd,rapport customer add");
    }

    @Test
    void complaint_show_says_who_recorded_each_step() {
        Rapport anna = new Rapport(home).env("RAPPORT_USER", "anna");
        Rapport bernd = new Rapport(home).env("RAPPORT_USER", "bernd");
        ok(anna, "customer", "add", "Ada Lovelace", "--id", "C1");
        ok(anna, "log", "C1", "--via", "call", "--in", "--kind", "complaint", "--note", "late delivery", "--at", "2026-11-16 10:00");
        ok(bernd, "complaint", "escalate", "1", "--to", "carla");
        ok(bernd, "complaint", "resolve", "1", "--note", "credit note");

        var show = ok(anna, "complaint", "show", "1");

        assertThat(show.out()).contains("opened            in call: late delivery (anna)")
                .contains("contact           in call (reached), complaint: late delivery (anna)")
                .contains("escalated         to carla (bernd)")
                .contains("resolved          credit note (bernd)");
        assertThat(ok(anna, "complaint", "show", "1", "--format", "json").out()).contains("\"by\": \"bernd\"");
    }

    @Test
    void imported_contacts_keep_the_logger_their_file_gives_and_the_journal_names_who_imported_them() throws Exception {
        // An empty logged_by stays empty, so that export and import round-trip exactly (RoundTripTest).
        Rapport rapport = new Rapport(home).env("RAPPORT_USER", "anna");
        ok(rapport, "customer", "add", "Ada Lovelace", "--id", "C1");
        Path file = home.resolve("history.csv");
        Files.writeString(file, "customer,at,channel,direction,outcome,logged_by\n"
                + "C1,2026-11-02 10:00,call,out,reached,\n"
                + "C1,2026-11-03 10:00,call,out,reached,zoe\n");
        ok(rapport, "import", "interactions", file.toString());

        assertThat(ok(rapport, "export", "interactions", "--format", "csv").out().lines().skip(1))
                .satisfiesExactly(first -> assertThat(first).endsWith(","), second -> assertThat(second).endsWith(",zoe"));
        assertThat(ok(rapport, "undo", "--list", "--format", "csv").out().lines().skip(1).findFirst().orElseThrow())
                .contains(",anna,").contains("import interactions");
    }
}
