package dev.rapport.app;

import dev.rapport.domain.Channel;
import dev.rapport.domain.ComplaintEvent;
import dev.rapport.domain.ContactCorrection;
import dev.rapport.domain.ContactPlan;
import dev.rapport.domain.Customer;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.domain.NextContact;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Policy;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code rapport contact edit} and {@code rapport contact delete} (SPEC §7): corrects a logged
 * contact in one transaction (one journal entry, which undo reverses), so that afterwards the
 * customer's next dates, its obligations, complaints and follow-ups, its plans and every report
 * tally are what they would be had the contact been logged right at first. Rather than patching,
 * it recomputes what the contact decides: the obligations it opens (a function of the contact),
 * which contact closed each obligation (a function of the customer's history), which contact
 * fulfilled each plan, and the next dates. A contact moved to another customer does so for both.
 * A deleted contact stays, marked, so that undo can bring it back.
 */
public final class CorrectContact {

    /**
     * What a correction did.
     *
     * @param after      the contact as corrected; empty when it was deleted
     * @param customer   the contact's customer now (for a deleted one, the one it had), with its next dates
     * @param movedFrom  the customer the contact was moved away from, with its next dates
     * @param opened     obligations the corrected contact opens that it did not, as the history leaves them
     * @param removed    obligations it opened that no longer apply, gone with their follow-ups and events
     * @param redated    obligations it opened whose due date moved with it
     * @param closed     obligations a contact closes now that were open, or closed by another contact
     * @param reopened   obligations a contact had closed that are open again
     * @param plansBack  goals of a next contact that no contact fulfils any longer
     * @param plansDone  goals of a next contact that a contact fulfils now
     */
    public record Corrected(Interaction before, Optional<Interaction> after, Customer customer, List<NextContact> next,
                            Optional<Moved> movedFrom, List<Obligation> opened, List<Obligation> removed,
                            List<Obligation> redated, List<Obligation> closed, List<Obligation> reopened,
                            List<ContactPlan> plansBack, List<ContactPlan> plansDone) {

        /** Whether the correction changed nothing: the contact was already so. */
        public boolean unchanged() {
            return after.isPresent() && after.get().equals(before);
        }
    }

    /** A customer a contact was moved away from, and its next dates without it. */
    public record Moved(Customer customer, List<NextContact> next) {
    }

    private final Workspace workspace;

    public CorrectContact(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Changes contact {@code id} (and moves it to the customer {@code customer} names, if given). */
    public Corrected edit(long id, ContactCorrection.Changes changes, Optional<CustomerRef> customer) {
        Planner.current(workspace);
        if (changes.equals(ContactCorrection.Changes.NONE) && customer.isEmpty()) {
            throw RapportException.usage("contact edit " + id + ": say what to change (--at, --via, --in/--out, --outcome, --kind,"
                    + " --note, --satisfaction or --customer)");
        }
        changes.channel().ifPresent(this::known);
        changes.at().ifPresent(at -> {
            if (at.isAfter(workspace.now())) {
                throw RapportException.usage("--at " + at + " is in the future; a contact is corrected to when it happened");
            }
        });
        return workspace.storage().inTransaction(() -> {
            Interaction before = standing(id);
            Customer from = customerOf(before);
            Customer to = customer.map(ref -> new CustomerLookup(workspace.storage().customers()).resolve(ref)).orElse(from);
            Interaction after;
            try {
                after = ContactCorrection.corrected(before, changes, to.id());
            } catch (InvalidValueException e) {
                throw RapportException.usage("contact edit " + id + ": " + e.getMessage());
            }
            if (after.equals(before)) {
                return new Corrected(before, Optional.of(after), from, new Planner(workspace.storage(), workspace.policy()).compute(from),
                        Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
            }
            return correct(before, Optional.of(after), from, to);
        });
    }

    /** Deletes contact {@code id}: everything it opened goes, and what it closed or fulfilled is open again unless another contact closes it. */
    public Corrected delete(long id) {
        Planner.current(workspace);
        return workspace.storage().inTransaction(() -> {
            Interaction before = standing(id);
            Customer of = customerOf(before);
            return correct(before, Optional.empty(), of, of);
        });
    }

    private Interaction standing(long id) {
        return workspace.storage().interactions().find(id).orElseThrow(() -> workspace.storage().interactions().isDeleted(id)
                ? RapportException.usage("contact #" + id + " is deleted; only a standing contact can be corrected"
                        + " (rapport undo brings back the last change)")
                : RapportException.notFound("there is no contact #" + id + "; see: rapport history CUSTOMER"));
    }

    private Customer customerOf(Interaction contact) {
        return workspace.storage().customers().find(contact.customerId())
                .orElseThrow(() -> new IllegalStateException("contact #" + contact.id() + " has no customer " + contact.customerId()));
    }

    private Corrected correct(Interaction before, Optional<Interaction> after, Customer from, Customer to) {
        if (after.isPresent()) {
            workspace.storage().interactions().update(after.get());
        } else {
            workspace.storage().interactions().delete(before.id());
        }
        Opened opened = reconcileWhatItOpened(before, after);
        Followed followed = new Followed(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Customer> customers = from.id().equals(to.id()) ? List.of(to) : List.of(to, from);
        for (Customer c : customers) {
            List<Interaction> history = workspace.storage().interactions().of(c.id());
            reclose(c, before, history, opened.opened(), followed);
            refulfil(c, history, followed);
        }
        Planner planner = new Planner(workspace.storage(), workspace.policy());
        List<NextContact> next = planner.replan(to);
        Optional<Moved> moved = from.id().equals(to.id()) ? Optional.empty() : Optional.of(new Moved(from, planner.replan(from)));
        return new Corrected(before, after, to, next, moved, List.copyOf(opened.opened().values()), opened.removed(),
                opened.redated(), followed.closed(), followed.reopened(), followed.plansBack(), followed.plansDone());
    }

    /** What became of the obligations the contact opened; {@code opened} by id, as the history then leaves them. */
    private record Opened(List<Obligation> removed, List<Obligation> redated, Map<Long, Obligation> opened) {
    }

    /** What the customers' histories, read again, closed, reopened and fulfilled. */
    private record Followed(List<Obligation> closed, List<Obligation> reopened, List<ContactPlan> plansBack,
                            List<ContactPlan> plansDone) {
    }

    /**
     * Reconciles the obligations stored with the contact as their source with what the corrected
     * contact opens: drops, rewrites (with a complaint's "opened" event) and opens them.
     */
    private Opened reconcileWhatItOpened(Interaction before, Optional<Interaction> after) {
        List<Obligation> stored = workspace.storage().obligations().openedBy(before.id());
        ContactCorrection.Reconciled reconciled = new ContactCorrection(workspace.policy()).reconcile(before, after, stored);
        List<Obligation> removed = new ArrayList<>();
        Set<Long> gone = new HashSet<>();
        for (Obligation o : reconciled.dropped()) {
            remove(o, removed, gone);
        }
        Map<Long, Obligation> storedById = new HashMap<>();
        stored.forEach(o -> storedById.put(o.id(), o));
        List<Obligation> redated = new ArrayList<>();
        for (Obligation kept : reconciled.kept()) {
            Obligation was = storedById.get(kept.id());
            if (!kept.equals(was)) {
                workspace.storage().obligations().update(kept);
            }
            if (!kept.due().equals(was.due())) {
                redated.add(kept);
            }
            if (kept.type() == ObligationType.RESOLVE && kept.complaint().isEmpty()) {
                ComplaintEvent recorded = ComplaintEvent.openedBy(before);
                ComplaintEvent corrected = ComplaintEvent.openedBy(after.orElseThrow());
                if (!recorded.equals(corrected)) {
                    workspace.storage().complaints().rewrite(kept.id(), recorded, corrected);
                }
            }
        }
        Map<Long, Obligation> opened = new LinkedHashMap<>();
        for (Obligation o : reconciled.opened()) {
            Obligation added = o.withId(workspace.storage().obligations().insert(o));
            opened.put(added.id(), added);
            if (added.type() == ObligationType.RESOLVE) {
                workspace.storage().complaints().record(added.id(), ComplaintEvent.openedBy(after.orElseThrow()));
            }
        }
        return new Opened(removed, redated, opened);
    }

    /** Deletes an obligation with its follow-ups and its complaint's history; the contacts answering it answer nothing. */
    private void remove(Obligation o, List<Obligation> removed, Set<Long> gone) {
        if (!gone.add(o.id())) {
            return;
        }
        removed.add(o);
        for (Obligation followUp : workspace.storage().obligations().followUpsOf(o.id())) {
            remove(followUp, removed, gone);   // first: a follow-up refers to its complaint
        }
        workspace.storage().complaints().removeAll(o.id());
        workspace.storage().interactions().forgetAnswers(o.id());
        workspace.storage().obligations().delete(o.id());
    }

    /**
     * Closes the customer's obligations as its history, corrected, closes them; a follow-up's
     * complaint records the follow-up call that closes it now instead of the one that did.
     */
    private void reclose(Customer customer, Interaction before, List<Interaction> history, Map<Long, Obligation> opened,
                         Followed followed) {
        List<Obligation> stored = workspace.storage().obligations().of(customer.id());
        List<Obligation> now = new ContactCorrection(workspace.policy()).closedByHistory(stored, history);
        Map<Long, Interaction> contacts = new HashMap<>();
        history.forEach(c -> contacts.put(c.id(), c));
        Map<Long, Interaction> contactsBefore = new HashMap<>(contacts);
        contactsBefore.put(before.id(), before);
        for (int i = 0; i < stored.size(); i++) {
            Obligation was = stored.get(i);
            Obligation is = now.get(i);
            if (!is.equals(was)) {
                workspace.storage().obligations().update(is);
                if (opened.containsKey(is.id())) {
                    opened.put(is.id(), is);   // opened closed: a later contact had done it already
                } else {
                    (is.isOpen() ? followed.reopened() : followed.closed()).add(is);
                }
            }
            if (was.complaint().isPresent()) {
                Optional<ComplaintEvent> recorded = was.closedBy().map(contactsBefore::get)
                        .map(c -> ComplaintEvent.followedUpBy(c, was.closedNote()));
                Optional<ComplaintEvent> corrected = is.closedBy().map(contacts::get)
                        .map(c -> ComplaintEvent.followedUpBy(c, is.closedNote()));
                if (!recorded.equals(corrected)) {
                    recorded.ifPresent(e -> workspace.storage().complaints().remove(was.complaint().get(), e));
                    corrected.ifPresent(e -> workspace.storage().complaints().record(was.complaint().get(), e));
                }
            }
        }
    }

    /** Marks each of the customer's plans fulfilled by the first contact of its history that fulfils it, or by none. */
    private void refulfil(Customer customer, List<Interaction> history, Followed followed) {
        for (ContactPlanStore.Kept kept : workspace.storage().plans().all(customer.id())) {
            Optional<Long> by = kept.plan().fulfilment(history).map(Interaction::id);
            if (!by.equals(kept.fulfilledBy())) {
                workspace.storage().plans().fulfil(kept.plan(), by);
                (by.isEmpty() ? followed.plansBack() : followed.plansDone()).add(kept.plan());
            }
        }
    }

    private void known(Channel channel) {
        if (!workspace.policy().channels().contains(channel)) {
            throw RapportException.usage("--via " + channel + ": unknown channel; use one of "
                    + String.join(", ", workspace.policy().channels().stream().map(Channel::name).toList()));
        }
    }
}
