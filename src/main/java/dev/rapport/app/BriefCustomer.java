package dev.rapport.app;

import dev.rapport.domain.Complaint;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.ContactPlan;
import dev.rapport.domain.Customer;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.NextContact;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Policy;
import dev.rapport.domain.SatisfactionTrend;
import dev.rapport.domain.Tier;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code rapport brief CUSTOMER}: everything to prepare a contact with, on one screen: who they
 * are and how to reach them, how they listen, what they need and said, the last contacts, what is
 * owed to them, how satisfied they have been, and the goal of the next contact.
 */
public final class BriefCustomer {

    /** How many of each list a brief shows: it must fit one screen. */
    static final int LAST_CONTACTS = 5;
    static final int NEEDS = 3;
    static final int FEEDBACK = 3;
    static final int SATISFACTION = 12;

    /**
     * The preparation sheet's data.
     *
     * @param now          now, in the planner's time zone; the view shows it in the customer's
     * @param satisfaction the latest ratings, newest first
     */
    public record Brief(Customer customer, Optional<Tier> tier, ZonedDateTime now, List<ContactPlan> plans,
                        List<NextContact> next, List<Interaction> needs, List<Interaction> feedback,
                        List<Interaction> lastContacts, List<Obligation> open, List<Complaint> complaints,
                        List<Interaction> satisfaction) {

        /** The latest ratings, oldest first, and where they are heading. */
        public SatisfactionTrend trend() {
            List<Integer> ratings = new ArrayList<>();
            for (int i = satisfaction.size() - 1; i >= 0; i--) {
                satisfaction.get(i).satisfaction().ifPresent(ratings::add);
            }
            return new SatisfactionTrend(ratings);
        }

        /** Now where the customer is: in its time zone, else in the planner's. */
        public java.time.LocalDateTime localTime() {
            return now.withZoneSameInstant(customer.timeZone().map(z -> z.zone()).orElse(now.getZone())).toLocalDateTime();
        }
    }


    private final Workspace workspace;

    public BriefCustomer(Workspace workspace) {
        this.workspace = workspace;
    }

    public Brief brief(CustomerRef ref) {
        Planner.current(workspace);
        Customer c = new CustomerLookup(workspace.storage().customers()).resolve(ref);
        InteractionStore history = workspace.storage().interactions();
        List<Complaint> complaints = new ArrayList<>();
        workspace.storage().complaints().list(new ComplaintStore.Query(Optional.of(c.id()), Optional.empty()), complaint -> {
            if (complaint.status(workspace.zonedNow().toLocalDate()).isActive()) {
                complaints.add(complaint);
            }
        });
        List<Obligation> open = workspace.storage().obligations().open(c.id()).stream()
                .filter(o -> o.type() != ObligationType.RESOLVE && o.complaint().isEmpty())
                .toList(); // complaints, and the follow-ups they owe, are listed as cases
        return new Brief(c, workspace.policy().findTier(c.tier()), workspace.zonedNow(), workspace.storage().plans().of(c.id()),
                new Planner(workspace.storage(), workspace.policy()).compute(c),
                history.latest(c.id(), new InteractionStore.Selection(Optional.of(ContactKind.NEEDS), false), NEEDS),
                history.latest(c.id(), new InteractionStore.Selection(Optional.of(ContactKind.FEEDBACK), false), FEEDBACK),
                history.latest(c.id(), InteractionStore.Selection.ALL, LAST_CONTACTS),
                open, complaints,
                history.latest(c.id(), new InteractionStore.Selection(Optional.empty(), true), SATISFACTION));
    }
}
