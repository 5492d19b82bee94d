package dev.rapport.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.PolicyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy in force, setting by setting, with the line each comes from (issue 13 item 19). */
class PolicySettingsTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private List<PolicyFiles.Setting> settings(String... lines) throws IOException {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return PolicySettings.explain(file, BERLIN).settings();
    }

    private static PolicyFiles.Setting setting(List<PolicyFiles.Setting> settings, String key) {
        return settings.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError("no " + key));
    }

    @Test
    void every_key_of_the_policy_file_is_shown() {
        // A new key in the policy file is shown too, or config show hides what is in force.
        List<String> keys = PolicySettings.explain(dir.resolve("none.yaml"), BERLIN).settings().stream()
                .map(PolicyFiles.Setting::key).toList();
        for (String top : PolicyFile.TOP) {
            assertThat(keys).as(top).anyMatch(k -> k.equals(top) || k.startsWith(top + "."));
        }
    }

    @Test
    void a_channel_or_obligation_is_found_however_the_file_spells_it() throws IOException {
        var settings = settings("tiers:", "  key:", "    cadence:", "      Call: 2 weeks", "counts:", "  e-mail: [email]",
                "obligations:", "  Follow-Up: { after: 3 days }");

        assertThat(setting(settings, "tiers.key.cadence.call").from()).contains(dir.resolve("config.yaml") + ":4");
        assertThat(setting(settings, "counts.email").value()).isEqualTo("[email]");
        assertThat(setting(settings, "counts.email").from()).contains(dir.resolve("config.yaml") + ":6");
        assertThat(setting(settings, "obligations.follow-up.after").from()).contains(dir.resolve("config.yaml") + ":8");
    }

    @Test
    void the_system_time_zone_stands_when_the_policy_names_none() throws IOException {
        assertThat(setting(settings("default-tier: key"), "timezone"))
                .isEqualTo(new PolicyFiles.Setting("timezone", "~ (the system's, Europe/Berlin)", Optional.empty()));
    }

    @Test
    void a_channel_set_to_never_keeps_its_place_and_one_set_to_tilde_is_shown_removed() throws IOException {
        var settings = settings("tiers:", "  key: { cadence: { call: never, visit: ~ } }");

        assertThat(setting(settings, "tiers.key.cadence.call").value()).isEqualTo("never");
        assertThat(setting(settings, "tiers.key.cadence.visit").value()).isEqualTo("~");
        assertThat(setting(settings, "tiers.key.cadence.visit").from()).isPresent();
    }

    @Test
    void the_count_of_settings_from_the_file_is_those_it_gives() throws IOException {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, "calendar: { shift: none, holidays: [2026-12-25] }\n");
        assertThat(PolicySettings.explain(file, BERLIN).fromFile()).isEqualTo(2);
    }
}
