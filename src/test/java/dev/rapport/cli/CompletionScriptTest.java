package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionScriptTest {

    @TempDir
    Path home;

    @Test
    void the_checked_in_bash_completion_is_what_the_commands_generate() throws IOException {
        var run = new Rapport(home).run("completion", "bash");
        assertThat(run.status()).isZero();
        assertThat(Files.readString(Path.of("completions/rapport.bash")))
                .as("completions/rapport.bash is stale: regenerate it with bin/rapport completion bash > completions/rapport.bash")
                .isEqualTo(run.out());
    }

    @Test
    void the_completion_offers_every_visible_command_and_hides_the_training_one() {
        String script = new Rapport(home).run("completion", "bash").out();
        assertThat(script).contains("agenda").contains("overdue").contains("customer").contains("import").contains("log");
        assertThat(script).doesNotContain("cds-training");
    }
}
