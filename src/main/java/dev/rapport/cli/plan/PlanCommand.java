package dev.rapport.cli.plan;

import dev.rapport.app.PlanContact;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.CliValues;
import dev.rapport.cli.Phrases;
import dev.rapport.cli.Session;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactPlan;
import dev.rapport.domain.DateWords;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "plan", description = {"Set the goal of the next contact with a customer, and what to bring.",
            "",
            "The agenda shows it beside the customer's items and the brief opens with it; with --on the contact is arranged for that day and listed then. Logging the contact (reached or sent) ends the plan."})
public final class PlanCommand implements Callable<Integer> {

    private final Session session;
    private final PlanContact planContact;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CUSTOMER", description = "Id, e-mail, or the start of words of the name or company.")
    String customer;

    @picocli.CommandLine.Mixin
    ArchivedTooOption archived;

    @Option(names = "--goal", paramLabel = "TEXT", description = "What the contact should achieve.")
    String goal;

    @Option(names = "--materials", paramLabel = "TEXT", description = "What to bring or send: offers, samples, figures.")
    String materials;

    @Option(names = "--channel", paramLabel = "CHANNEL", description = "The contact this is for (default: whichever comes next).")
    String channel;

    @Option(names = "--on", paramLabel = "DATE", preprocessor = Phrases.Date.class,
            description = "Arrange the contact for this day, such as 2026-11-25, tuesday, +3d or a period from today (2 weeks).")
    DateWords on;

    @Option(names = "--clear", description = "Drop the plan (for --channel, or the one for any channel).")
    boolean clear;

    PlanCommand(Session session, PlanContact planContact) {
        this.session = session;
        this.planContact = planContact;
    }

    @Override
    public Integer call() {
        Optional<Channel> k = Optional.ofNullable(channel).map(c -> CliValues.channel("--channel", c));
        if (clear) {
            if (goal != null || materials != null || on != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--clear takes no --goal, --materials or --on");
            }
            boolean had = planContact.clear(archived.ref(customer), k);
            session.say(spec.commandLine(), had ? "Dropped the plan." : "There was no such plan.");
            return 0;
        }
        if (goal == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--goal=TEXT'");
        }
        ContactPlan plan = planContact.plan(new PlanContact.Request(archived.ref(customer), k,
                goal, materials == null ? "" : materials, Optional.ofNullable(on).map(d -> session.day("--on", d))));
        session.say(spec.commandLine(), "Planned the next " + plan.channel().map(Channel::name).orElse("contact") + " with "
                + plan.customerId() + plan.on().map(d -> " on " + d).orElse("") + ": " + plan.goal());
        return 0;
    }
}
