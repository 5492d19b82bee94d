package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule for exit codes: a bad value on the command line is a usage error (2) whatever the
 * option, and a filter that names nothing rapport knows is one too (not an empty listing); bad data
 * in a file is 65.
 */
class ExitCodeRuleTest {

    @TempDir
    Path home;

    private Rapport rapport;

    @BeforeEach
    void customers() {
        rapport = new Rapport(home);
        assertThat(rapport.run("customer", "add", "Ada Lovelace", "--id", "C1", "--tier", "key", "--owner", "anna").status()).isZero();
        assertThat(rapport.run("customer", "add", "Bob Marley", "--id", "C2", "--owner", "bernd").status()).isZero();
    }

    @Test
    void a_filter_with_a_typo_is_a_usage_error_that_names_the_known_values_and_the_one_meant() {
        assertThat(refused("agenda", "--tier", "vip"))
                .isEqualTo("rapport: --tier vip: unknown tier; use one of key, major, ordinary, small\n");
        assertThat(refused("agenda", "--tier", "mjaor")).isEqualTo(
                "rapport: --tier mjaor: unknown tier; did you mean \"major\"? use one of key, major, ordinary, small\n");
        assertThat(refused("agenda", "--reason", "foo")).startsWith("rapport: --reason foo: unknown reason; use one of escalation,");
        assertThat(refused("overdue", "--reason", "calback")).contains("did you mean \"callback\"?");
        assertThat(refused("agenda", "--channel", "pigeon")).startsWith("rapport: --channel pigeon: unknown channel; use one of call,");
        assertThat(refused("agenda", "--owner", "ana")).startsWith("rapport: --owner ana: unknown owner; did you mean \"anna\"?")
                .contains("anna, bernd");
        assertThat(refused("customer", "list", "--tier", "vip")).contains("unknown tier");
        assertThat(refused("customer", "list", "--owner", "nobody")).contains("unknown owner");
        assertThat(refused("complaint", "list", "--owner", "nobody")).contains("unknown owner");
    }

    @Test
    void a_known_value_filters_whatever_its_case() {
        var run = rapport.run("agenda", "--days", "400", "--owner", "ANNA", "--tier", "Key", "--channel", "call", "--format", "csv");
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).contains(",C1,").doesNotContain(",C2,");
        assertThat(rapport.run("agenda", "--reason", "cadence").status()).isZero();
    }

    @Test
    void a_person_escalations_go_to_is_an_owner_to_filter_by() {
        var run = rapport.run("agenda", "--owner", "manager");
        assertThat(run.status()).as(run.toString()).isZero();
    }

    @Test
    void a_bad_value_on_the_command_line_is_a_usage_error_whatever_the_option() {
        assertThat(status("customer", "add", "Eve", "--tier", "vip")).isEqualTo(2);
        assertThat(status("customer", "edit", "C1", "--email", "not-an-address")).isEqualTo(2);
        assertThat(status("customer", "tier", "C1", "vip")).isEqualTo(2);
        assertThat(status("customer", "add", "Fay", "--days", "funday")).isEqualTo(2);
        assertThat(status("log", "C1", "--via", "call", "--out", "--satisfaction", "9")).isEqualTo(2);
        assertThat(status("log", "C1", "--via", "carrier-pigeon", "--out")).isEqualTo(2);
        assertThat(rapport.run("export", "interactions", "--format", "csv").out().lines()).as("nothing logged").hasSize(1);
    }

    @Test
    void bad_data_in_a_file_is_65() throws IOException {
        Path customers = Files.writeString(home.resolve("c.csv"), "id,name,tier\nC9,Zoe,vip\n");
        assertThat(status("import", "customers", customers.toString())).isEqualTo(65);
        rapport.writeConfig("tiers: { small: { cadence: { call: 3 mnths } } }\n");
        assertThat(status("agenda")).isEqualTo(65);
    }

    @Test
    void the_help_footer_states_the_rule() {
        String help = rapport.run("--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("2 usage error: an unknown option, or a bad value on the command line, whatever the option")
                .contains("65 bad data in a file");
    }

    private String refused(String... args) {
        var run = rapport.run(args);
        assertThat(run.status()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        return run.err();
    }

    private int status(String... args) {
        return rapport.run(args).status();
    }
}
