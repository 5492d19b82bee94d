package dev.rapport.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "rapport",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = Version.class,
        description = {"Plans customer communication: who must be called, visited or written to, and when.",
            "",
            "Import your customers, let the tier policy say how often each is due, log every contact, and ask every morning: rapport agenda."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "2:usage error: an unknown option, or a bad value on the command line, whatever the option",
            "3:overdue items found (--fail-if-overdue)",
            "65:bad data in a file (an import, the policy, a damaged database row)",
            "66:no such file or database",
            "70:internal error",
            "74:I/O error",
            "75:database busy",
            "130:cancelled at a question (Ctrl-C)"})
public final class RapportCommand implements Runnable {

    @Mixin
    GlobalOptions globals;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
