package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.shell.LineInput;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing required value: asked for at a terminal, never asked for anywhere else. */
class PromptTest {

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void setUp() {
        rapport = new Rapport(home);
        rapport.run("customer", "add", "Jürgen Müller", "--id", "C1", "--tier", "key");
    }

    @Test
    void without_a_terminal_a_missing_channel_is_exit_2_naming_the_option_and_nothing_is_asked() {
        var run = rapport.input("call\n").run("log", "C1", "--out");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--via=CHANNEL'").doesNotContain("--via CHANNEL:");
        assertThat(rapport.run("next", "C1").out()).doesNotContain("last contact");
    }

    @Test
    void without_a_terminal_a_missing_direction_or_name_is_exit_2_naming_what_is_missing() {
        assertThat(rapport.run("log", "C1", "--via", "call").err()).contains("(--in | --out)");
        var add = rapport.run("customer", "add");
        assertThat(add.status()).isEqualTo(2);
        assertThat(add.err()).contains("Missing the customer: give a NAME, --company or --email");
    }

    @Test
    void at_a_terminal_a_missing_channel_and_direction_are_asked_for_and_the_contact_is_logged() {
        var run = rapport.interactive().input("call\nout\n").run("log", "C1");
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).contains("--via CHANNEL: ").contains("in or out? ").contains("Logged");
        assertThat(rapport.run("next", "C1").out()).contains("call");
    }

    @Test
    void at_a_terminal_a_missing_customer_name_is_asked_for() {
        var run = rapport.interactive().input("Ann Lee\n").run("customer", "add", "--tier", "small");
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).contains("NAME: ").contains("Added ann-lee (Ann Lee), tier small");
    }

    @Test
    void no_answer_at_a_terminal_is_the_same_usage_error() {
        var run = rapport.interactive().input("\n").run("log", "C1", "--in");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--via=CHANNEL'");
    }

    @Test
    void a_wrong_answer_says_why_and_asks_again() {
        var run = rapport.interactive().input("pigeon post\ncall\nsideways\nin\n").run("log", "C1");
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).contains("\"pigeon post\" is not a channel name").contains("Logged");
        assertThat(run.err().split("in or out\\? ", -1)).as("asked twice").hasSize(3);
        assertThat(rapport.run("next", "C1").out()).contains("call");
    }

    @Test
    void a_customer_that_no_one_is_asks_again() {
        var run = rapport.interactive().input("Nobody\nC1\n").run("log", "--via", "call", "--out");
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).contains("no customer matches \"Nobody\"").contains("Logged");
    }

    @Test
    void ctrl_c_at_a_question_cancels_the_command_with_130() throws java.io.IOException {
        // A terminal whose Ctrl-C interrupts, as a real one does (the dumb terminal of the tests' input has none).
        var typed = new java.io.ByteArrayInputStream(new byte[] {3});
        var terminal = new org.jline.terminal.impl.DumbTerminal("test", org.jline.terminal.Terminal.TYPE_DUMB, typed,
                java.io.OutputStream.nullOutputStream(), java.nio.charset.StandardCharsets.UTF_8);
        var attributes = terminal.getAttributes();
        attributes.setLocalFlag(org.jline.terminal.Attributes.LocalFlag.ISIG, true);
        attributes.setControlChar(org.jline.terminal.Attributes.ControlChar.VINTR, 3);
        terminal.setAttributes(attributes);
        try (LineInput input = new LineInput(terminal)) {
            assertThatThrownBy(() -> input.ask("--via CHANNEL: ", null))
                    .isInstanceOfSatisfying(dev.rapport.app.RapportException.class,
                            e -> assertThat(e.status()).isEqualTo(dev.rapport.app.ExitStatus.INTERRUPTED));
        }
        assertThat(dev.rapport.app.ExitStatus.INTERRUPTED.code()).isEqualTo(130);
    }
}
