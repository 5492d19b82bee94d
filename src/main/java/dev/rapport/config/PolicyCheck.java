package dev.rapport.config;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.PolicyFiles.Checked;
import dev.rapport.app.RapportException;
import dev.rapport.domain.InvalidValueException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code rapport config check}: a policy file's problems, as many as one reading finds, each as its
 * error says it ({@code config.yaml:4:13: tiers.key.cadence.call: …}); or, when there are none,
 * the policy it gives. After a problem the setting that has it is set aside (the reference's
 * stands in) and the file is read again, so that one wrong value does not hide the next; a problem
 * with no setting to set aside (the YAML itself, or the file as a whole) ends the search.
 */
public final class PolicyCheck {

    /** At most this many problems: a file of nothing but problems is not worth more lines. */
    static final int MAX_PROBLEMS = 50;

    private PolicyCheck() {
    }

    /**
     * Checks the policy file at {@code path}. A file that is missing, a directory or unreadable is
     * refused (exit 66); one that is not UTF-8 is bad data (65).
     */
    public static Checked check(Path path, ZoneId systemZone) {
        if (Files.isDirectory(path)) {
            throw new RapportException(ExitStatus.NO_INPUT, path + " is a directory, not a policy file");
        }
        String text = PolicyFile.text(path).orElseThrow(() -> new RapportException(ExitStatus.NO_INPUT, path
                + ": no such file (without one, rapport uses the reference policy; rapport init writes it out)"));
        List<String> problems = problems(path.toString(), text);
        return new Checked(problems, problems.isEmpty() ? Optional.of(PolicySettings.explain(path, systemZone)) : Optional.empty());
    }

    /** The problems of policy text, in the order of the file; {@code name} is what they call the file. */
    static List<String> problems(String name, String text) {
        YamlNode root;
        try (StringReader reader = new StringReader(text)) {
            root = YamlNode.read(reader);
        } catch (YamlNode.Problem p) {
            return List.of(PolicyFile.message(name, p));
        }
        List<YamlNode.Problem> problems = new ArrayList<>();
        List<String> whole = new ArrayList<>();
        while (problems.size() < MAX_PROBLEMS) {
            try {
                PolicyFile.build(root);
                break;
            } catch (YamlNode.Problem p) {
                problems.add(p);
                Optional<YamlNode> rest = p.node == null ? Optional.empty() : root.without(p.node);
                if (rest.isEmpty()) {
                    break;
                }
                root = rest.get();
            } catch (InvalidValueException e) {
                whole.add(name + ": " + e.getMessage());
                break;
            }
        }
        problems.sort(Comparator.comparingInt((YamlNode.Problem p) -> p.line).thenComparingInt(p -> p.column));
        List<String> messages = new ArrayList<>(problems.stream().map(p -> PolicyFile.message(name, p)).toList());
        messages.addAll(whole);
        return messages;
    }
}
