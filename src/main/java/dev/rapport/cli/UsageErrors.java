package dev.rapport.cli;

import dev.rapport.app.CustomerLookup;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.KnownValues;
import dev.rapport.app.RapportException;
import dev.rapport.app.Suggest;
import dev.rapport.domain.DateWords;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What a command line that picocli (or a command) refuses gets: when a required value is missing
 * and a person is at the terminal, a question for each missing value, with line editing and
 * completion, and the command runs again with the answers; otherwise, and when no answer comes,
 * one sentence naming what is wrong, where to read more, and exit status 2. Never a question when
 * standard input is not a terminal (cron, pipes, scripts).
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    private final Session session;
    private final KnownValues knownValues;
    private final Suggest suggest;
    private final dev.rapport.app.FindCustomers findCustomers;
    private final Console console;

    UsageErrors(Session session, KnownValues knownValues, Suggest suggest, dev.rapport.app.FindCustomers findCustomers,
                Console console) {
        this.findCustomers = findCustomers;
        this.console = console;
        this.session = session;
        this.knownValues = knownValues;
        this.suggest = suggest;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        if (e instanceof CommandLine.MissingParameterException missing && session.environment().interactive()) {
            Optional<List<String>> answers = ask(e.getCommandLine(), missing.getMissing());
            if (answers.isPresent()) {
                List<String> again = new ArrayList<>(Arrays.asList(args));
                again.addAll(answers.get());
                CommandLine root = e.getCommandLine();
                while (root.getParent() != null) {
                    root = root.getParent();
                }
                return root.execute(again.toArray(String[]::new));
            }
        }
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        if (e.getCause() instanceof CommandLine.TypeConversionException refused && e.getArgSpec() instanceof OptionSpec option
                && option.type() == DateWords.class) {
            // Words that name no day: the sentence names the forms that do, as a command's own refusal of
            // a value does (--via pigeon), so it needs no --help after it.
            err.println("rapport: " + option.longestName() + ": " + dev.rapport.terminal.DisplayWidth.safe(refused.getMessage()));
            err.flush();
            return ExitStatus.USAGE.code();
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException && e.getArgSpec() instanceof OptionSpec option
                && option.type() == dev.rapport.io.Format.class) {
            err.println("rapport: " + dev.rapport.terminal.DisplayWidth.safe(Formats.unknown(option, e.getValue())));
            err.flush();
            return ExitStatus.USAGE.code();
        }
        err.println("rapport: " + dev.rapport.terminal.DisplayWidth.safeLines(e.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try: " + cmd.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return ExitStatus.USAGE.code();
    }

    /**
     * Why {@code answer} cannot be what {@code arg} takes, said on {@code err}: a customer that no
     * one is, a tier or channel that rapport does not know. Other values are checked by the command.
     */
    private Optional<String> refused(ArgSpec arg, String answer, PrintWriter err) {
        try {
            switch (ValueKind.of(arg).orElse(ValueKind.owners)) {
                case customers -> findCustomers.find(answer);
                case tiers -> knownValues.tier(arg.paramLabel(), answer);
                case channels -> knownValues.channel(arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel(), answer);
                default -> {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        } catch (RapportException e) {
            if (e.status() != ExitStatus.USAGE) {
                throw e;
            }
            err.println(dev.rapport.terminal.DisplayWidth.safeLines(e.getMessage()));
            err.flush();
            return Optional.of(e.getMessage());
        }
    }

    /** The words to add to the command line, or empty when the person gives no answer. */
    private Optional<List<String>> ask(CommandLine command, List<ArgSpec> missing) {
        List<String> added = new ArrayList<>();
        if (!missing.isEmpty() && missing.stream().allMatch(a -> a.isOption() && a.arity().max() == 0)) {
            // One of a group of flags, e.g. (--in | --out): one question, answered by a name with or without dashes.
            List<String> names = missing.stream().map(a -> ((OptionSpec) a).longestName()).toList();
            List<String> bare = names.stream().map(n -> n.replaceFirst("^-+", "")).toList();
            while (true) {
                Optional<String> answer = console.choose(String.join(" or ", bare) + "? ", bare);
                if (answer.isEmpty()) {
                    return Optional.empty();
                }
                Optional<String> chosen = answer.map(a -> a.replaceFirst("^-+", "")).filter(bare::contains).map(a -> "--" + a);
                if (chosen.isPresent()) {
                    return chosen.map(List::of);
                }
                // A bad answer asks again.
            }
        }
        for (ArgSpec arg : missing) {
            String label = arg.isOption() ? ((OptionSpec) arg).longestName() + " " + arg.paramLabel() : arg.paramLabel();
            Optional<String> answer = console.ask(label + ": ", arg, suggest);
            while (answer.isPresent() && refused(arg, answer.get(), command.getErr()).isPresent()) {
                answer = console.ask(label + ": ", arg, suggest);   // a bad answer asks again
            }
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            if (arg.isOption()) {
                added.add(((OptionSpec) arg).longestName());
            }
            added.add(answer.get());
        }
        return Optional.of(added);
    }
}
