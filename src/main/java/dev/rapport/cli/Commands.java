package dev.rapport.cli;

import dev.rapport.cli.complaint.ComplaintCommand;
import dev.rapport.cli.config.ConfigCommand;
import dev.rapport.cli.contact.ContactCommand;
import dev.rapport.cli.contact.DoneCommand;
import dev.rapport.cli.contact.HistoryCommand;
import dev.rapport.cli.contact.LogCommand;
import dev.rapport.cli.customer.CustomerCommand;
import dev.rapport.cli.database.BackupCommand;
import dev.rapport.cli.database.CheckCommand;
import dev.rapport.cli.database.InitCommand;
import dev.rapport.cli.database.RestoreCommand;
import dev.rapport.cli.database.UndoCommand;
import dev.rapport.cli.integration.CompleteCommand;
import dev.rapport.cli.integration.CompletionCommand;
import dev.rapport.cli.integration.ShellCommand;
import dev.rapport.cli.integration.TrainCommand;
import dev.rapport.cli.plan.AgendaCommand;
import dev.rapport.cli.plan.BriefCommand;
import dev.rapport.cli.plan.NextCommand;
import dev.rapport.cli.plan.OverdueCommand;
import dev.rapport.cli.plan.PlanCommand;
import dev.rapport.cli.plan.SnoozeCommand;
import dev.rapport.cli.plan.UnsnoozeCommand;
import dev.rapport.cli.report.ReportCommand;
import dev.rapport.cli.transfer.ExportCommand;
import dev.rapport.cli.transfer.ImportCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every command under {@code rapport}, by name: the one place a command is registered (its family's
 * group command lists its subcommands).
 */
public final class Commands {

    private Commands() {
    }

    /**
     * The commands by name, in the order help lists them. Not in {@code @Command(subcommands)}:
     * picocli would build every command's model at every start, while a run needs only the one
     * it runs ({@link RapportCli#commandLine}). The names are written here as well as in each
     * command's annotation because reading twenty-two classes' annotations to find one costs a tenth
     * of the start-up (measured with JFR); CommandsForTest keeps the two the same.
     */
    public static final Map<String, Class<?>> BY_NAME = names(
            "init", InitCommand.class, "config", ConfigCommand.class, "customer", CustomerCommand.class, "import", ImportCommand.class,
            "export", ExportCommand.class, "log", LogCommand.class, "history", HistoryCommand.class,
            "contact", ContactCommand.class, "agenda", AgendaCommand.class,
            "overdue", OverdueCommand.class, "next", NextCommand.class, "done", DoneCommand.class,
            "complaint", ComplaintCommand.class, "plan", PlanCommand.class, "brief", BriefCommand.class,
            "report", ReportCommand.class,
            "snooze", SnoozeCommand.class, "unsnooze", UnsnoozeCommand.class, "undo", UndoCommand.class, "check", CheckCommand.class,
            "backup", BackupCommand.class, "restore", RestoreCommand.class, "shell", ShellCommand.class, "completion", CompletionCommand.class, "complete", CompleteCommand.class,
            "cds-training", TrainCommand.class);

    public static final List<Class<?>> COMMANDS = List.copyOf(BY_NAME.values());

    /**
     * The commands a command line can run: those whose name is one of its words (a customer
     * called "agenda" only adds a command); none for {@code --version}; else all of them (for
     * help, suggestions and errors).
     */
    public static List<Class<?>> commandsFor(String... args) {
        List<Class<?>> named = new ArrayList<>();
        boolean version = false;
        boolean help = false;
        for (String arg : args) {
            Class<?> command = BY_NAME.get(arg);
            if (command != null && !named.contains(command)) {
                named.add(command);
            }
            version |= arg.equals("--version") || arg.equals("-V");
            help |= arg.equals("--help") || arg.equals("-h");
        }
        if (named.isEmpty() && version && !help) {
            return List.of();
        }
        return named.isEmpty() ? COMMANDS : named;
    }

    private static Map<String, Class<?>> names(Object... pairs) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            byName.put((String) pairs[i], (Class<?>) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(byName);
    }
}
