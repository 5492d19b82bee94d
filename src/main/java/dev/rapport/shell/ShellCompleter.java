package dev.rapport.shell;

import dev.rapport.app.Suggest;
import dev.rapport.cli.ValueKind;
import dev.rapport.terminal.DisplayWidth;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.builtins.Completers;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Tab completion for the shell and for questions, read from the picocli model: commands and
 * subcommands, options, enum values, and what only the database or the policy knows (customers,
 * owners, tiers, channels) through {@link Suggest}. File names for PATH and FILE values.
 */
public final class ShellCompleter implements Completer {

    private final CommandSpec root;
    private final Suggest suggest;
    private final Completer files = new Completers.FileNameCompleter();

    public ShellCompleter(CommandSpec root, Suggest suggest) {
        this.root = root;
        this.suggest = suggest;
    }

    /** What to offer for the last of {@code words}, the one being typed; the ones before it are complete. */
    public sealed interface Offer permits Candidates, Files {
    }

    public record Candidates(List<Candidate> candidates) implements Offer {
    }

    public record Files() implements Offer {
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = new ArrayList<>(line.words().subList(0, line.wordIndex()));
        words.add(line.word().substring(0, Math.min(line.wordCursor(), line.word().length())));
        Offer offer = offer(words);
        if (offer instanceof Candidates c) {
            candidates.addAll(c.candidates());
        } else {
            files.complete(reader, line, candidates);
        }
    }

    public Offer offer(List<String> words) {
        CommandSpec spec = root;
        ArgSpec pending = null;
        int positional = 0;
        for (String word : words.subList(0, words.size() - 1)) {
            if (pending != null) {
                pending = null;
            } else if (word.startsWith("-") && word.length() > 1) {
                OptionSpec option = spec.findOption(word.contains("=") ? word.substring(0, word.indexOf('=')) : word);
                if (option != null && option.arity().max() > 0 && !word.contains("=")) {
                    pending = option;
                }
            } else if (positional == 0 && spec.subcommands().containsKey(word)) {
                spec = spec.subcommands().get(word).getCommandSpec();
            } else {
                positional++;
            }
        }
        String typed = words.get(words.size() - 1);
        if (pending != null) {
            return values(pending, typed);
        }
        if (typed.startsWith("-")) {
            return new Candidates(options(spec));
        }
        List<Candidate> offered = new ArrayList<>();
        if (positional == 0) {
            spec.subcommands().forEach((name, sub) -> {
                if (!sub.getCommandSpec().usageMessage().hidden()) {
                    offered.add(new Candidate(name, name, "commands", firstLine(sub.getCommandSpec().usageMessage().description()),
                            null, null, true));
                }
            });
        }
        Optional<PositionalParamSpec> param = positionalAt(spec, positional);
        if (param.isPresent()) {
            Offer values = values(param.get(), typed);
            if (values instanceof Files && offered.isEmpty()) {
                return values;
            }
            if (values instanceof Candidates c) {
                offered.addAll(c.candidates());
            }
        }
        return new Candidates(offered);
    }

    private static Optional<PositionalParamSpec> positionalAt(CommandSpec spec, int index) {
        return spec.positionalParameters().stream()
                .filter(p -> !p.hidden() && p.index().contains(index))
                .findFirst();
    }

    /** A completer for the value of {@code arg} alone: what a question for a missing value offers. */
    Completer forValue(ArgSpec arg) {
        return (reader, line, candidates) -> {
            if (values(arg, line.word().substring(0, Math.min(line.wordCursor(), line.word().length()))) instanceof Candidates c) {
                candidates.addAll(c.candidates());
            } else {
                files.complete(reader, line, candidates);
            }
        };
    }

    private Offer values(ArgSpec arg, String typed) {
        if (arg.completionCandidates() != null) {
            List<Candidate> offered = new ArrayList<>();
            arg.completionCandidates().forEach(v -> offered.add(new Candidate(v)));
            return new Candidates(offered);
        }
        Optional<ValueKind> kind = ValueKind.of(arg);
        if (kind.isPresent()) {
            List<Candidate> offered = new ArrayList<>();
            try {
                for (Suggest.Suggestion s : kind.get().suggest(suggest, typed)) {
                    // Shown on the terminal and put into the line: as they would be shown, never raw.
                    String value = DisplayWidth.safe(s.value());
                    offered.add(new Candidate(value, value, kind.get().name(),
                            s.description().isEmpty() ? null : DisplayWidth.safe(s.description()), null, null, true));
                }
            } catch (RuntimeException e) {
                // no database or no policy to read: nothing to offer, and no message in the middle of the line
            }
            return new Candidates(offered);
        }
        Class<?> type = arg.type();
        if (type == Path.class || type == java.io.File.class || "FILE".equals(arg.paramLabel()) || "PATH".equals(arg.paramLabel())) {
            return new Files();
        }
        return new Candidates(List.of());
    }

    private static List<Candidate> options(CommandSpec spec) {
        List<Candidate> offered = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            for (String name : option.names()) {
                offered.add(new Candidate(name, name, "options", firstLine(option.description()), null, option.longestName(), true));
            }
        }
        return offered;
    }

    private static String firstLine(String[] description) {
        return description.length == 0 ? null : CommandLine.Help.Ansi.OFF.string(description[0]);
    }
}
