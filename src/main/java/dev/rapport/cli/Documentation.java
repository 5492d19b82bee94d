package dev.rapport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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
        Files.writeString(page, ManPageSections.add(Files.readString(page, StandardCharsets.UTF_8), spec), StandardCharsets.UTF_8);
        for (CommandLine sub : spec.subcommands().values()) {
            addSections(man, sub.getCommandSpec());
        }
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
        List<Class<?>> visible = RapportCommand.COMMANDS.stream()
                .filter(c -> !c.getAnnotation(Command.class).hidden()).toList();
        return RapportCli.model(session, visible);
    }
}
