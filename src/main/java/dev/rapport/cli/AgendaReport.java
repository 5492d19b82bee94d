package dev.rapport.cli;

import dev.rapport.app.BuildAgenda;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.domain.AgendaFilter;
import dev.rapport.domain.AgendaItem;
import dev.rapport.domain.Channel;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.io.IcsWriter;
import dev.rapport.io.JsonOutput;
import dev.rapport.terminal.AgendaView;
import dev.rapport.terminal.TableRenderer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/** Runs {@code agenda} or {@code overdue}: builds the items, prints them, picks the exit status. */
final class AgendaReport {

    private AgendaReport() {
    }

    static int run(Session session, CommandLine cli, AgendaOptions o, boolean overdueOnly) {
        if (o.days < 0) {
            throw new CommandLine.ParameterException(cli, "--days must be 0 or more, not " + o.days);
        }
        if (o.limit != null && o.limit < 1) {
            throw new CommandLine.ParameterException(cli, "--limit must be 1 or more, not " + o.limit);
        }
        LocalDate today = session.today();
        AgendaFilter filter = new AgendaFilter(overdueOnly ? today.minusDays(1) : today.plusDays(o.days), overdueOnly,
                Optional.ofNullable(o.owner), Optional.ofNullable(o.tier), channel(o.channel), Optional.ofNullable(o.reason));
        List<AgendaItem> items = new BuildAgenda(session.storage(), session.policy(), today)
                .agenda(filter, o.limit == null ? Integer.MAX_VALUE : o.limit);
        Output output = new Output(session);
        String text = switch (o.format) {
            case table -> items.isEmpty() ? "" : AgendaView.table(items, today, o.explain,
                    new TableRenderer(output.width(), output.style()));
            case json -> JsonOutput.render(AgendaView.machine(items, true));
            case ics -> IcsWriter.render(items, today, LocalDateTime.now(session.environment().clock().withZone(ZoneOffset.UTC)));
            default -> output.render(AgendaView.machine(items, false), o.format);
        };
        cli.getOut().print(text);
        cli.getOut().flush();
        if (items.isEmpty() && o.format == OutputFormat.table) {
            session.say(cli, overdueOnly ? "Nothing is overdue." : "Nothing due" + (o.days > 0 ? " in the next " + o.days + " days." : " today."));
        }
        boolean overdue = items.stream().anyMatch(AgendaItem::isOverdue);
        return o.failIfOverdue && overdue ? ExitStatus.OVERDUE.code() : 0;
    }

    private static Optional<Channel> channel(String name) {
        try {
            return Optional.ofNullable(name).map(Channel::of);
        } catch (InvalidValueException e) {
            throw RapportException.usage("--channel: " + e.getMessage());
        }
    }
}
