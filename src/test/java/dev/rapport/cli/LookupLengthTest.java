package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.CustomerLookup;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a customer is looked up or searched by is at most 1,000 characters: more is a usage error
 * in one sentence (exit 2), where SQLite's "LIKE or GLOB pattern too complex" beyond 50,000 ended
 * as "this is a bug" (70). Completion offers nothing for such a prefix, quietly.
 */
class LookupLengthTest {

    private static final String LONG = "x".repeat(50_001);

    @TempDir
    Path home;

    private Rapport rapport;

    @BeforeEach
    void customer() {
        rapport = new Rapport(home);
        var add = rapport.run("customer", "add", "Ann Example", "--id", "C1", "--owner", "ann");
        assertThat(add.status()).isZero();
    }

    @Test
    void a_customer_named_in_more_than_a_thousand_characters_is_a_usage_error() {
        for (String[] command : List.of(new String[] {"customer", "show", LONG}, new String[] {"log", LONG, "--via", "call", "--out"},
                new String[] {"next", LONG}, new String[] {"brief", LONG}, new String[] {"snooze", LONG, "--until", "2 weeks"},
                new String[] {"complaint", "list", "--customer", LONG}, new String[] {"customer", "edit", LONG, "--notes", "x"},
                new String[] {"plan", LONG, "--goal", "renew"})) {
            var run = rapport.run(command);
            assertThat(run.status()).as(command[0] + " " + command[1] + "\n" + run.err()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("rapport: a customer's id, name or e-mail is at most 1,000 characters to look up,"
                    + " not 50,001\n");
        }
        assertThat(CustomerLookup.MAX_TYPED).isEqualTo(1_000);
        var longest = rapport.run("customer", "show", "x".repeat(CustomerLookup.MAX_TYPED));
        assertThat(longest.status()).isEqualTo(2);
        assertThat(longest.err()).startsWith("rapport: no customer matches");
    }

    @Test
    void a_search_or_tag_of_more_than_a_thousand_characters_is_a_usage_error() {
        var search = rapport.run("customer", "list", "--search", LONG);
        assertThat(search.status()).isEqualTo(2);
        assertThat(search.err()).isEqualTo("rapport: the search text is at most 1,000 characters to look up, not 50,001\n");
        var tag = rapport.run("customer", "list", "--tag", LONG, "--format", "csv");
        assertThat(tag.status()).isEqualTo(2);
        assertThat(tag.err()).isEqualTo("rapport: a tag is at most 1,000 characters to look up, not 50,001\n");
    }

    @Test
    void completion_offers_nothing_for_a_prefix_that_long() {
        for (String kind : List.of("customers", "owners")) {
            var run = rapport.run("complete", kind, LONG);
            assertThat(run.status()).isZero();
            assertThat(run.out()).isEmpty();
        }
        assertThat(rapport.run("complete", "owners", "a").out()).isEqualTo("ann\n");
    }
}
