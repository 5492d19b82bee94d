package dev.rapport.cli;

import dev.rapport.cli.integration.CompletionCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes what the build generates from the command model (exec-maven-plugin, phase
 * process-classes): the bash, zsh and fish completion scripts into {@code DIR/completions}, and
 * a man page for rapport and each command, as AsciiDoc, into {@code DIR/man}
 * (scripts/install.sh renders them with asciidoctor), with the sections of {@link ManPageSections}. Not part of the jar's use: picocli-codegen
 * is a build-time dependency only.
 *
 * <pre>Documentation DIR VERSION</pre>
 */
public final class Documentation {

    private Documentation() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String version = args.length > 1 ? args[1] : "dev";
        CommandLine all = visibleModel();
        Path completions = Files.createDirectories(dir.resolve("completions"));
        for (CompletionCommand.Shell shell : CompletionCommand.Shell.values()) {
            Files.writeString(completions.resolve("rapport." + shell), CompletionCommand.script(all, shell), StandardCharsets.UTF_8);
        }
        Path man = Files.createDirectories(dir.resolve("man"));
        stamp(all.getCommandSpec(), "rapport " + version);
        int status = ManPageGenerator.generateManPage(man.toFile(), null, new boolean[0], true, all.getCommandSpec());
        if (status != 0) {
            throw new IOException("the man page generator failed with status " + status);
        }
        addSections(man, all.getCommandSpec());
    }

    /** ENVIRONMENT, FILES, EXAMPLES and SEE ALSO on the page of {@code spec} and of every command under it. */
    private static void addSections(Path man, CommandLine.Model.CommandSpec spec) throws IOException {
        Path page = man.resolve(spec.qualifiedName("-") + ".adoc");
        String text = ManPageSections.add(Files.readString(page, StandardCharsets.UTF_8), spec);
        Files.writeString(page, breakableLists(text), StandardCharsets.UTF_8);
        for (CommandLine sub : spec.subcommands().values()) {
            addSections(man, sub.getCommandSpec());
        }
    }

    private static final Pattern LONG_WORD = Pattern.compile("\\S{41,}");

    /**
     * A list written without spaces ("CSV columns: due,customer_id,customer,…") is one word to
     * troff, which cannot break it and warns that the line sticks out: after each of its commas
     * goes a zero-width break point ({zwsp}, which asciidoctor writes as troff's \:). Literal text
     * is left as it is, since there {zwsp} would be printed as written.
     */
    static String breakableLists(String page) {
        List<String> out = new ArrayList<>();
        boolean literal = false;
        boolean delimited = false;
        String previous = "";
        for (String line : page.split("\n", -1)) {
            if (line.equals("----") || line.equals("....")) {
                delimited = !delimited;
            }
            if (line.isBlank()) {
                literal = false;
            } else if (previous.isBlank() && Character.isWhitespace(line.charAt(0))) {
                literal = true;   // an indented paragraph after a blank line is literal in AsciiDoc
            }
            out.add(literal || delimited ? line
                    : LONG_WORD.matcher(line).replaceAll(word -> Matcher.quoteReplacement(word.group().replaceAll(",(?=\\S)", ",{zwsp}"))));
            previous = line;
        }
        return String.join("\n", out);
    }

    /** The project's version on every page (the jar's manifest, where the version comes from at run time, is not built yet). */
    private static void stamp(CommandLine.Model.CommandSpec spec, String version) {
        spec.versionProvider(() -> new String[] {version});
        spec.subcommands().values().forEach(sub -> stamp(sub.getCommandSpec(), version));
    }

    /** Every command a person uses, without the hidden ones (the launcher's training, the scripts' helper). */
    static CommandLine visibleModel() {
        Session session = new Session(new Environment(Map.of(), Clock.systemUTC(), false), new GlobalOptions(),
                new PrintWriter(new StringWriter()));
        List<Class<?>> visible = Commands.COMMANDS.stream()
                .filter(c -> !c.getAnnotation(Command.class).hidden()).toList();
        return RapportCli.model(session, visible);
    }
}
