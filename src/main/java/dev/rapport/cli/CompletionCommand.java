package dev.rapport.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion",
        description = {"Print the shell completion script (bash; zsh loads it through bashcompinit).",
            "  source <(rapport completion bash)        # in ~/.bashrc",
            "The same script is in completions/rapport.bash."})
final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    private final Session session;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", defaultValue = "bash", description = "bash or zsh (default: ${DEFAULT-VALUE}).")
    Shell shell;

    CompletionCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        // This run built only this command; the script needs them all.
        CommandLine all = RapportCli.model(session, RapportCommand.COMMANDS);
        String script = AutoComplete.bash(all.getCommandName(), all);
        if (shell == Shell.zsh) {
            script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
        }
        spec.commandLine().getOut().print(script);
        return 0;
    }
}
