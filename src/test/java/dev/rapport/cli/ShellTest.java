package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.shell.JLineShell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rapport shell, driven in-process through a dumb terminal over piped input. */
class ShellTest {

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void setUp() {
        rapport = new Rapport(home);
        rapport.run("customer", "add", "Jürgen Müller", "--id", "C1", "--tier", "key", "--owner", "anna");
        rapport.run("customer", "add", "Wang Fang", "--id", "C2", "--tier", "small", "--owner", "li");
    }

    @Test
    void commands_run_without_the_rapport_prefix_and_the_shell_ends_at_the_end_of_the_input() {
        var run = rapport.input("customer list --format csv\nnext C1\n").run("shell");
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).contains("id,name,").contains("C1,Jürgen Müller").contains("C2,Wang Fang");
        assertThat(run.out()).contains("Jürgen Müller [C1], tier key");
    }

    @Test
    void a_failing_command_prints_its_error_as_rapport_would_and_the_shell_goes_on() {
        var run = rapport.input("next NOBODY\nbogus\nlog C1 --via call\ncustomer show C2\n").run("shell");
        assertThat(run.status()).as("the first failure's").isEqualTo(2);
        assertThat(run.err()).contains("rapport: no customer matches \"NOBODY\"")
                .contains("rapport: Unmatched argument at index 0: 'bogus'")
                .contains("(--in | --out)");
        assertThat(run.out()).contains("Wang Fang");
    }

    @Test
    void the_database_and_the_policy_are_the_shells_and_a_line_may_name_others() {
        Path other = home.resolve("other.db");
        new Rapport(home).run("--db", other.toString(), "customer", "add", "Only Here", "--id", "X9");
        var run = rapport.input("customer list --format csv\ncustomer list --format csv --db " + other + "\n")
                .run("--today", "2026-11-23", "shell");
        assertThat(run.out()).contains("C1,").contains("X9,Only Here");
        var inOther = rapport.input("customer list --format csv\n").run("--db", other.toString(), "shell");
        assertThat(inOther.out()).contains("X9,").doesNotContain("C1,");
    }

    @Test
    void read_from_a_file_the_shell_shows_no_prompt_and_ends_with_the_first_failures_status() {
        var run = rapport.input("next C1\noverdue --fail-if-overdue --quiet --today 2026-12-30\nnext NOBODY\ncustomer show C2\n").run("shell");
        assertThat(run.status()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).doesNotContain(JLineShell.PROMPT).doesNotContain("next C1");
        assertThat(run.out()).doesNotContain(JLineShell.PROMPT).contains("Jürgen Müller [C1]").contains("Wang Fang");
        assertThat(rapport.input("next C1\n").run("shell").status()).isZero();
        var typed = rapport.interactive().input("next C1\n").run("shell");
        assertThat(typed.err()).as("at a terminal").contains(JLineShell.PROMPT);
    }

    @Test
    void exit_leaves_before_the_end_of_the_input_and_shell_does_not_nest() {
        var run = rapport.input("shell\nexit\nnext C1\n").run("shell");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("this is the shell already");
        assertThat(run.out()).doesNotContain("Jürgen");
    }

    @Test
    void what_is_typed_is_kept_in_a_private_history_under_xdg_state_home() throws IOException {
        rapport.interactive().input("next C1\n").run("shell");
        Path history = home.resolve("state/rapport/history");
        assertThat(Files.readString(history)).contains("next C1");
        assertThat(Files.getPosixFilePermissions(history))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(history.getParent())).isEqualTo(Set.of(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
    }
}
