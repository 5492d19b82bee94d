package dev.rapport.cli.integration;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A line typed in the shell as {@code rapport} would run it: with the global options the shell was
 * started with ({@code rapport --db X shell}) after its command word, where they take their place
 * among the command's own. The line's own options come later and win, and an unknown command is
 * reported at the index the person typed it.
 */
final class ShellLines {

    private final List<String> globals;

    /** The global options given to the command line that started the shell. */
    ShellLines(CommandLine shell) {
        this.globals = new ArrayList<>();
        for (CommandLine c = shell; c != null; c = c.getParent()) {
            CommandLine.ParseResult parsed = c.getParseResult();
            if (parsed == null) {
                continue;
            }
            for (OptionSpec option : parsed.matchedOptions()) {
                boolean global = option.scopeType() == CommandLine.ScopeType.INHERIT || option.inherited();
                if (!global || option.usageHelp() || option.versionHelp()) {
                    continue;
                }
                globals.add(option.longestName());
                if (option.arity().max() > 0) {
                    globals.addAll(option.originalStringValues());
                }
            }
        }
    }

    List<String> arguments(CommandLine cli, List<String> words) {
        if (!cli.getSubcommands().containsKey(words.get(0))) {
            return words;
        }
        List<String> args = new ArrayList<>(words.subList(0, 1));
        args.addAll(globals);
        args.addAll(words.subList(1, words.size()));
        return args;
    }
}
