package dev.rapport.cli.plan;

import dev.rapport.app.ExplainNext;
import dev.rapport.app.Listing;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.ExcelSafeOption;
import dev.rapport.cli.Formats;
import dev.rapport.cli.Output;
import dev.rapport.cli.Session;
import dev.rapport.domain.NextContact;
import dev.rapport.domain.Obligation;
import dev.rapport.io.Format;
import dev.rapport.io.JsonOutput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "next", description = "For each channel, the customer's next contact date and why; and its open obligations.")
public final class NextCommand implements Callable<Integer> {

    private final Session session;
    private final ExplainNext explainNext;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CUSTOMER", description = "Id, e-mail, or the start of words of the name or company.")
    String customer;

    @picocli.CommandLine.Mixin
    ArchivedTooOption archived;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.Listing.class, defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @picocli.CommandLine.Mixin
    ExcelSafeOption excel;

    NextCommand(Session session, ExplainNext explainNext) {
        this.session = session;
        this.explainNext = explainNext;
    }

    @Override
    public Integer call() {
        boolean excelSafe = excel.in(format);
        ExplainNext.Explanation e = explainNext.explain(archived.ref(customer));
        Listing listing = Listing.of(List.of("channel", "due", "reason", "why"));
        for (NextContact n : e.next()) {
            listing.add(List.of(n.channel().name(), n.due().toString(), "cadence", String.join("; ", n.steps())));
        }
        for (Obligation o : e.open()) {
            String why = "#" + o.id() + " opened " + o.opened() + (o.note().isEmpty() ? "" : ": " + o.note())
                    + o.escalation().map(x -> "; escalates to " + x.to() + " on " + x.on()).orElse("");
            listing.add(List.of(o.channel().name(), o.due().toString(), o.reason(session.today()).key(), why));
        }
        var out = spec.commandLine().getOut();
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("customer_id", e.customer().id());
            json.put("customer", e.customer().displayName());
            List<Object> rows = new ArrayList<>();
            for (List<Object> row : listing.rows()) {
                Map<String, Object> r = new LinkedHashMap<>();
                for (int i = 0; i < listing.columns().size(); i++) {
                    r.put(listing.columns().get(i), row.get(i));
                }
                rows.add(r);
            }
            json.put("next", rows);
            out.print(JsonOutput.render(json));
        } else {
            if (format == Format.table) {
                out.println(dev.rapport.terminal.DisplayWidth.safe(e.customer().displayName() + " [" + e.customer().id()
                        + "], tier " + e.customer().tier() + (e.customer().isActive() ? "" : ", " + e.customer().status()
                        + ": no cadence")));
            }
            out.print(new Output(session).render(listing, format, excelSafe));
        }
        return 0;
    }
}
