package dev.rapport.cli.integration;

import dev.rapport.cli.Commands;
import dev.rapport.cli.RapportCli;
import dev.rapport.cli.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "completion",
        description = {"Print the shell completion script for bash, zsh or fish.",
            "",
            "  source <(rapport completion bash)        # in ~/.bashrc",
            "  rapport completion zsh > ~/.zfunc/_rapport",
            "  rapport completion fish > ~/.config/fish/completions/rapport.fish",
            "",
            "zsh looks for _rapport in the directories of $fpath: make ~/.zfunc, and in ~/.zshrc put "
                    + "fpath=(~/.zfunc $fpath) before compinit. Or, in ~/.zshrc after compinit:",
            "",
            "  source <(rapport completion zsh)",
            "",
            "The same scripts are in completions/; scripts/install.sh installs them."})
public final class CompletionCommand implements Callable<Integer> {

    public enum Shell { bash, zsh, fish }

    private final Session session;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", defaultValue = "bash", description = "bash, zsh or fish (default: ${DEFAULT-VALUE}).")
    Shell shell;

    CompletionCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(script(RapportCli.model(session, Commands.COMMANDS), shell));
        return 0;
    }

    /** The script for {@code shell} over the whole model (a run of this command built only itself). */
    public static String script(CommandLine all, Shell shell) {
        return switch (shell) {
            case bash -> CompletionScripts.bash(all);
            case zsh -> CompletionScripts.zsh(all);
            case fish -> CompletionScripts.fish(all);
        };
    }
}
