package dev.rapport.cli.config;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "config",
        description = {"Show the policy in force, or check a policy file.",
            "",
            "The policy file is --config, else RAPPORT_CONFIG, else $XDG_CONFIG_HOME/rapport/config.yaml. Every key in it is optional: what it leaves out keeps the reference policy, which rapport init writes out."},
        subcommands = {ConfigShowCommand.class, ConfigCheckCommand.class})
public final class ConfigCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
