package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobalBehaviourTest {

    @TempDir
    Path home;

    @Test
    void help_and_version_are_on_every_command() {
        Rapport rapport = new Rapport(home);
        for (String[] command : new String[][] {{}, {"init"}, {"customer"}, {"customer", "add"}, {"customer", "list"},
                {"customer", "show"}, {"customer", "edit"}, {"customer", "archive"}, {"customer", "tier"}}) {
            String[] help = java.util.Arrays.copyOf(command, command.length + 1);
            help[command.length] = "--help";
            var run = rapport.run(help);
            assertThat(run.status()).as(String.join(" ", help)).isZero();
            assertThat(run.out()).startsWith("Usage: rapport");
            help[command.length] = "--version";
            assertThat(rapport.run(help).out()).startsWith("rapport ");
        }
    }

    @Test
    void an_unknown_option_is_a_usage_error_with_a_hint_not_the_whole_manual() {
        var run = new Rapport(home).run("customer", "list", "--colour");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("rapport: Unknown option: '--colour'").endsWith("Try: rapport customer list --help\n");
    }

    @Test
    void init_writes_the_commented_policy_and_an_owner_only_database() throws IOException {
        Rapport rapport = new Rapport(home);
        var run = rapport.run("init");
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(Files.readString(rapport.config())).contains("key:      { weight: 4, cadence: { call: 1 month,  visit: 3 months } }");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rapport.database()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rapport.database().getParent()))).isEqualTo("rwx------");

        Files.writeString(rapport.config(), "default-tier: small\n");
        assertThat(rapport.run("init").err()).startsWith("Kept the existing policy");
        assertThat(Files.readString(rapport.config())).isEqualTo("default-tier: small\n");
    }

    @Test
    void db_comes_from_the_option_else_the_environment_else_xdg() {
        Rapport rapport = new Rapport(home);
        rapport.run("customer", "add", "Ann");
        assertThat(rapport.database()).exists();

        Path fromEnv = home.resolve("env.db");
        rapport.env("RAPPORT_DB", fromEnv.toString()).run("customer", "add", "Bob");
        assertThat(fromEnv).exists();

        Path fromOption = home.resolve("option.db");
        rapport.run("init", "--db", fromOption.toString());
        assertThat(fromOption).exists();
    }

    @Test
    void today_comes_from_the_option_else_the_environment_else_the_clock() {
        Rapport rapport = new Rapport(home);
        rapport.run("customer", "add", "A", "--id", "A");
        rapport.env("RAPPORT_TODAY", "2026-01-15").run("customer", "add", "B", "--id", "B");
        rapport.run("--today", "2026-02-01", "customer", "add", "C", "--id", "C");
        var csv = rapport.run("customer", "list", "--format", "tsv").out();
        assertThat(csv).contains("\t2026-11-23\t").contains("\t2026-01-15\t").contains("\t2026-02-01\t");
    }

    @Test
    void an_impossible_today_is_a_usage_error() {
        var run = new Rapport(home).run("--today", "2026-02-30", "customer", "list");
        assertThat(run.status()).isEqualTo(2);
        assertThat(new Rapport(home).env("RAPPORT_TODAY", "soon").run("customer", "add", "A").status()).isEqualTo(2);
    }

    @Test
    void a_wrong_policy_file_is_refused_with_file_line_column_key_and_expectation() {
        Rapport rapport = new Rapport(home).writeConfig("tiers:\n  key:\n    cadence:\n      call: 3 mnths\n");
        var run = rapport.run("customer", "add", "Ann");
        assertThat(run.status()).isEqualTo(65);
        assertThat(run.err()).isEqualTo("rapport: " + rapport.config()
                + ":4:13: tiers.key.cadence.call: \"3 mnths\" is not a period; use e.g. \"3 months\" or \"P3M\"\n");
    }

    @Test
    void malformed_yaml_is_refused_without_a_stack_trace() {
        var run = new Rapport(home).writeConfig("tiers: [\n  key: {\n").run("customer", "list");
        assertThat(run.status()).isEqualTo(65);
        assertThat(run.err()).startsWith("rapport: ").contains("config.yaml:").contains("not valid YAML").doesNotContain("\tat ");
    }

    @Test
    void an_escape_cut_short_by_the_end_of_a_file_is_named_without_a_java_exception() throws IOException {
        // Found by FuzzTest (seed 1796191575053): SnakeYAML fails on the digits of "\\u" with a
        // NumberFormatException, which Jackson passed on in its message.
        Rapport rapport = new Rapport(home);
        Path customers = Files.writeString(home.resolve("cut.yaml"), "- id: \"\\u");
        var importing = rapport.run("import", "customers", customers.toString());
        assertThat(importing.status()).isEqualTo(65);
        assertThat(importing.err()).isEqualTo("rapport: " + customers
                + ":1: not valid YAML: an escape sequence or number that is cut short or not hexadecimal\n");
        var configured = new Rapport(home).writeConfig("calendar:\n  shift: \"\\u").run("customer", "list");
        assertThat(configured.status()).isEqualTo(65);
        assertThat(configured.err()).contains("not valid YAML: an escape sequence").doesNotContain("Exception");
    }

    @Test
    void a_negative_period_is_refused() {
        var run = new Rapport(home).writeConfig("tiers: { small: { cadence: { call: -1 month } } }\n").run("customer", "list");
        assertThat(run.status()).isEqualTo(65);
        assertThat(run.err()).contains("tiers.small.cadence.call:").contains("negative");
    }

    @Test
    void a_tier_in_counts_is_refused() {
        var run = new Rapport(home).writeConfig("counts:\n  key: [call]\n").run("customer", "list");
        assertThat(run.status()).isEqualTo(65);
        assertThat(run.err()).contains(":2:").contains("counts.key:").contains("is a tier, not a channel");
    }

    @Test
    void a_database_in_a_directory_that_cannot_be_written_is_an_io_error() throws IOException {
        Path locked = Files.createDirectory(home.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "running as a user who can write anywhere");
        var run = new Rapport(home).run("customer", "list", "--db", locked.resolve("sub/rapport.db").toString());
        assertThat(run.status()).isEqualTo(74);
        assertThat(run.err()).startsWith("rapport: cannot create the database").contains("permission denied");
    }

    @Test
    void a_database_in_a_directory_not_even_root_can_write_is_an_io_error() {
        // CI runs as root, for whom permissions do not bar writing; /proc refuses everyone.
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        var run = new Rapport(home).run("customer", "add", "Ann", "--db", "/proc/rapport/rapport.db");
        assertThat(run.status()).isEqualTo(74);
        assertThat(run.err()).startsWith("rapport: cannot create the database /proc/rapport/rapport.db: ");
    }

    @Test
    void a_newer_database_is_refused_with_a_clear_sentence_and_left_as_it_was() throws Exception {
        Path future = home.resolve("future.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + future); var st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
            st.execute("PRAGMA user_version = 999");
        }
        byte[] before = Files.readAllBytes(future);
        var run = new Rapport(home).run("customer", "list", "--db", future.toString());
        assertThat(run.status()).isEqualTo(65);
        assertThat(run.err()).startsWith("rapport: " + future + " was written by a newer rapport (schema version 999;");
        assertThat(Files.readAllBytes(future)).isEqualTo(before);
    }

    @Test
    void a_database_under_a_file_is_an_io_error() throws IOException {
        Path file = Files.writeString(home.resolve("plain"), "x");
        var run = new Rapport(home).run("init", "--db", file.resolve("rapport.db").toString());
        assertThat(run.status()).isEqualTo(74);
        assertThat(run.err()).startsWith("rapport: cannot create the database");
    }

    @Test
    void a_file_that_is_not_sqlite_is_refused_and_left_alone() throws IOException {
        Path notDb = Files.writeString(home.resolve("notes.db"), "these are my notes, not a database\n".repeat(200));
        byte[] before = Files.readAllBytes(notDb);
        var run = new Rapport(home).run("customer", "add", "Ann", "--db", notDb.toString());
        assertThat(run.status()).isEqualTo(65);
        assertThat(run.err()).isEqualTo("rapport: " + notDb + " is not a rapport database (not an SQLite file)\n");
        assertThat(Files.readAllBytes(notDb)).isEqualTo(before);
    }

    @Test
    void verbose_adds_the_stack_trace() {
        var run = new Rapport(home).run("--verbose", "customer", "add", "A", "--tier", "gold");
        assertThat(run.err()).startsWith("rapport: tier: unknown tier").contains("\tat dev.rapport.");
    }
}
