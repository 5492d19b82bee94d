package dev.rapport.app;

import dev.rapport.domain.Policy;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The policy files, as the commands see them: the policy a file gives, the commented reference
 * policy to start one from, a file's settings explained, and its problems. Implemented by
 * {@code config} (YAML) and built by {@code Main}, so that commands read a policy without knowing
 * its format.
 */
public interface PolicyFiles {

    /**
     * The policy the file at {@code path} gives; the reference policy when there is no such file.
     * A file with a problem is refused (exit 65; 66 when it cannot be read).
     */
    Policy load(Path path);

    /** The reference policy as a commented policy file: what {@code rapport init} writes. */
    String template();

    /**
     * The policy the file at {@code path} gives, setting by setting, each with where it came
     * from; the reference policy when there is no file. A file with a problem is refused as
     * {@link #load} refuses it.
     *
     * @param systemZone the time zone that applies when the policy names none
     */
    Explained explain(Path path, ZoneId systemZone);

    /**
     * The problems of the policy file at {@code path}, as many as one reading finds; or, when
     * there are none, the policy explained. A file that is missing, a directory or unreadable is
     * refused (exit 66); one that is not UTF-8 is bad data (65).
     */
    Checked check(Path path, ZoneId systemZone);

    /**
     * One setting: its key as the file writes it ({@code tiers.key.cadence.call}), its value as
     * YAML ({@code 1 month}, {@code [call, visit]}, {@code ~} for none), and the file and line that
     * give it; empty when the reference policy does.
     */
    record Setting(String key, String value, Optional<String> from) {
    }

    /** The policy and its settings; {@code file} is empty when there is no policy file. */
    record Explained(Policy policy, Optional<Path> file, List<Setting> settings) {

        public Explained {
            settings = List.copyOf(settings);
        }

        /** How many of the settings the file gives. */
        public long fromFile() {
            return settings.stream().filter(s -> s.from().isPresent()).count();
        }
    }

    /** The problems found, in the order found; the explained policy when there are none. */
    record Checked(List<String> problems, Optional<Explained> policy) {

        public Checked {
            problems = List.copyOf(problems);
        }
    }
}
