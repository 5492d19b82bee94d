package dev.rapport.cli;

import dev.rapport.domain.DateWords;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.domain.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Option values of a few words, typed without quotes: {@code snooze C0005 --until 2 weeks},
 * {@code --at yesterday 16:00}, {@code --within 2 workdays}. An option takes the longest run of
 * the next words (at most {@value #MOST_WORDS}) that reads as its kind of value, and stops at an
 * option or a command's name: {@code --until 2 weeks C0005} leaves the customer to the command.
 * Quoted words ({@code --until "2 weeks"}) and {@code --until=2} read as before.
 *
 * <p>These are picocli preprocessors, not parameter consumers: they only join the words into one
 * argument and leave the rest to picocli, so that the option's converter reads it (DateWords are
 * refused there in words) and options in a group ({@code --promise … --due}) are matched as such.
 */
public final class Phrases {

    static final int MOST_WORDS = 4;

    private Phrases() {
    }

    /**
     * A day, perhaps with a time of day, into a DateWords field:
     * {@code @Option(names = "--at", preprocessor = Phrases.Date.class) DateWords at;}.
     */
    public static final class Date implements CommandLine.IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandSpec command, ArgSpec arg, Map<String, Object> info) {
            join(args, command, DateWords::isDate);
            return false;
        }
    }

    /** A period ({@code 2 weeks}, {@code 3 workdays}, {@code P1M}) into a String field, read by the command. */
    public static final class Periods implements CommandLine.IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandSpec command, ArgSpec arg, Map<String, Object> info) {
            join(args, command, Periods::isPeriod);
            return false;
        }

        private static boolean isPeriod(String text) {
            try {
                Period.parse(text);
                return true;
            } catch (InvalidValueException e) {
                return false;
            }
        }
    }

    /**
     * {@code --last-contacted}: a day for all channels, or {@code CHANNEL=DAY} pairs separated by
     * {@code ;}, into a String field (CustomerOptions reads the days).
     */
    public static final class LastContacts implements CommandLine.IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandSpec command, ArgSpec arg, Map<String, Object> info) {
            join(args, command, LastContacts::isDays);
            return false;
        }

        private static boolean isDays(String text) {
            for (String part : text.split(";")) {
                if (!DateWords.isDate(part.substring(part.indexOf('=') + 1))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Joins the option's value on top of the arguments (the top is the next one) into one argument:
     * the longest run of words that {@code reads}; when none does, the first word alone, or a count
     * with the word after it ({@code 2 wekes}), so that the error names what was meant. A missing
     * value is left for picocli to report.
     */
    static void join(Stack<String> args, CommandSpec command, Predicate<String> reads) {
        if (args.isEmpty() || isNamed(args.peek(), command)) {
            return;
        }
        List<String> next = new ArrayList<>();
        for (int i = args.size() - 1; i >= 0 && next.size() < MOST_WORDS; i--) {
            if (!next.isEmpty() && isNamed(args.get(i), command)) {
                break;
            }
            next.add(args.get(i));
        }
        int words = 1;
        for (int k = next.size(); k >= 1; k--) {
            if (reads.test(String.join(" ", next.subList(0, k)))) {
                words = k;
                break;
            }
        }
        if (words == 1 && next.size() > 1 && !reads.test(next.get(0)) && next.get(0).matches("[+-]?\\d+")) {
            words = 2;
        }
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            taken.add(args.pop());
        }
        args.push(String.join(" ", taken));
    }

    /** Whether the argument is one of the command's options, a command, or {@code --}: no word of a value. */
    private static boolean isNamed(String argument, CommandSpec command) {
        if (argument.equals("--") || command.subcommands().containsKey(argument)) {
            return true;
        }
        return argument.startsWith("-") && command.findOption(argument.split("=", 2)[0]) != null;
    }
}
