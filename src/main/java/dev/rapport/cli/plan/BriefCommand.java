package dev.rapport.cli.plan;

import dev.rapport.app.BriefCustomer;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.Formats;
import dev.rapport.cli.Output;
import dev.rapport.cli.Session;
import dev.rapport.io.Format;
import dev.rapport.terminal.BriefJson;
import dev.rapport.terminal.BriefView;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "brief", description = {"Print a one-screen preparation sheet for a contact with a customer.",
            "",
            "Who they are, how to reach them and when, how they listen, their needs and feedback, the last five contacts, what is owed to them, their satisfaction, and the goal and materials of the next contact (rapport plan)."})
public final class BriefCommand implements Callable<Integer> {

    private final Session session;
    private final BriefCustomer briefCustomer;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CUSTOMER", description = "Id, e-mail, or the start of words of the name or company.")
    String customer;

    @picocli.CommandLine.Mixin
    ArchivedTooOption archived;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.Sheet.class, defaultValue = "table",
            description = "table, markdown or json (default: ${DEFAULT-VALUE}).")
    Format format;

    BriefCommand(Session session, BriefCustomer briefCustomer) {
        this.session = session;
        this.briefCustomer = briefCustomer;
    }

    @Override
    public Integer call() {
        BriefCustomer.Brief brief = briefCustomer.brief(archived.ref(customer));
        spec.commandLine().getOut().print(switch (format) {
            case table -> BriefView.text(brief, new Output(session).style());
            case markdown -> BriefView.markdown(brief);
            case json -> dev.rapport.io.JsonOutput.render(BriefJson.of(brief));
            default -> throw new IllegalStateException("brief does not write " + format);
        });
        return 0;
    }
}
