package dev.rapport.cli;

import dev.rapport.app.RapportException;
import dev.rapport.domain.NearestWord;
import dev.rapport.io.Format;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Which {@link Format}s a command offers. Each {@code --format} option names one of the lists below
 * as its {@code completionCandidates}; that one declaration is what completion offers, what help
 * names, and what {@link #refuseUnoffered} lets through: a format the command does not write is a
 * usage error before the command runs, in the words of the formats it does.
 */
public abstract class Formats implements Iterable<String> {

    private final String verb;
    private final List<Format> offered;

    private Formats(String verb, Format... offered) {
        this.verb = verb;
        this.offered = List.of(offered);
    }

    @Override
    public Iterator<String> iterator() {
        return offered.stream().map(Format::name).iterator();
    }

    /** Listings and reports: a table on a terminal, rows for other programs. */
    public static final class Listing extends Formats {
        Listing() {
            super("writes", Format.table, Format.csv, Format.tsv, Format.json);
        }
    }

    /** The agenda and overdue lists, which have dates a calendar can plan by. */
    public static final class Planned extends Formats {
        Planned() {
            super("writes", Format.table, Format.csv, Format.tsv, Format.json, Format.ics);
        }
    }

    /** One record shown whole. */
    public static final class Document extends Formats {
        Document() {
            super("writes", Format.table, Format.json);
        }
    }

    /** The preparation sheet: for the terminal, for pasting into notes, for other programs. */
    public static final class Sheet extends Formats {
        Sheet() {
            super("writes", Format.table, Format.markdown, Format.json);
        }
    }

    /** What export writes. */
    public static final class Records extends Formats {
        Records() {
            super("writes", Format.csv, Format.tsv, Format.json, Format.yaml);
        }
    }

    /** What an import reads: what export writes. */
    public static final class Imported extends Formats {
        Imported() {
            super("reads", Format.csv, Format.tsv, Format.json, Format.yaml);
        }
    }

    /** A format's name, in any case; the converter of every {@code --format}. */
    static Format parse(String text) {
        try {
            return Format.valueOf(text.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("unknown format");
        }
    }

    /** Refuses, as a usage error, a {@code --format} given on the command line that its command does not offer. */
    static void refuseUnoffered(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            OptionSpec option = p.matchedOption("--format");
            if (option != null && option.completionCandidates() instanceof Formats formats) {
                Format format = option.getValue();
                if (!formats.offered.contains(format)) {
                    boolean written = formats.verb.equals("writes");
                    throw RapportException.usage(format == Format.ics && written ? "--format ics is for the agenda and overdue reports"
                            : "--format " + format + ": " + p.commandSpec().qualifiedName(" ").replaceFirst("^rapport ", "")
                                    + " " + formats.verb + " " + words(formats.names()));
                }
            }
        }
    }

    /** The sentence for a word that is no format at all: the nearest one the command offers, and the list. */
    static String unknown(OptionSpec option, String typed) {
        List<String> offered = offered(option);
        String meant = NearestWord.to(typed.strip(), offered).map(m -> "did you mean \"" + m + "\"? ").orElse("");
        return option.longestName() + " " + typed.strip() + ": unknown format; " + meant + "use one of " + String.join(", ", offered);
    }

    private static List<String> offered(OptionSpec option) {
        List<String> offered = new ArrayList<>();
        Optional.ofNullable(option.completionCandidates()).ifPresent(c -> c.forEach(offered::add));
        return offered;
    }

    private List<String> names() {
        return offered.stream().map(Format::name).toList();
    }

    /** "table or json", "table, csv, tsv or json". */
    static String words(List<String> formats) {
        int last = formats.size() - 1;
        return last == 0 ? formats.get(0)
                : String.join(", ", formats.subList(0, last)) + " or " + formats.get(last);
    }
}
