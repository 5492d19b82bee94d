package dev.rapport.terminal;

import dev.rapport.app.BriefCustomer;
import dev.rapport.domain.Complaint;
import dev.rapport.domain.ContactPlan;
import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.NextContact;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.SatisfactionTrend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code brief --format json}: the sheet's data with ISO dates, the customer's fields under their stable keys. */
public final class BriefJson {

    private BriefJson() {
    }

    public static Map<String, Object> of(BriefCustomer.Brief b) {
        Customer c = b.customer();
        Map<String, Object> customer = new LinkedHashMap<>();
        for (CustomerField f : CustomerField.values()) {
            customer.put(f.key(), f == CustomerField.TAGS ? c.tags() : f.read(c));
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("customer", customer);
        all.put("tier_weight", b.tier().<Object>map(t -> t.weight()).orElse(""));
        all.put("local_time", b.localTime().toString());
        all.put("listening_advice", c.listeningStyle().map(s -> s.advice()).orElse(""));
        List<Object> plans = new ArrayList<>();
        for (ContactPlan p : b.plans()) {
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("channel", p.channel().map(k -> k.name()).orElse(""));
            plan.put("goal", p.goal());
            plan.put("materials", p.materials());
            plan.put("on", p.on().map(Object::toString).orElse(""));
            plans.add(plan);
        }
        all.put("plans", plans);
        List<Object> next = new ArrayList<>();
        for (NextContact n : b.next()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("channel", n.channel().name());
            m.put("due", n.due().toString());
            m.put("why", String.join("; ", n.steps()));
            next.add(m);
        }
        all.put("next", next);
        all.put("needs", contacts(b.needs()));
        all.put("feedback", contacts(b.feedback()));
        all.put("last_contacts", contacts(b.lastContacts()));
        List<Object> open = new ArrayList<>();
        for (Obligation o : b.open()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", o.id());
            m.put("type", o.type().key());
            m.put("channel", o.channel().name());
            m.put("due", o.due().toString());
            m.put("note", o.note());
            open.add(m);
        }
        all.put("open_obligations", open);
        List<Object> complaints = new ArrayList<>();
        for (Complaint k : b.complaints()) {
            complaints.add(ComplaintListings.row(k, b.now().toLocalDate()));
        }
        all.put("complaints", complaints);
        SatisfactionTrend trend = b.trend();
        Map<String, Object> satisfaction = new LinkedHashMap<>();
        satisfaction.put("ratings", trend.ratings());
        satisfaction.put("average", trend.average().<Object>map(a -> Math.round(a * 100) / 100.0).orElse(""));
        satisfaction.put("change", trend.change().<Object>map(a -> Math.round(a * 100) / 100.0).orElse(""));
        all.put("satisfaction", satisfaction);
        return all;
    }

    /** Contacts as JSON objects: the same keys wherever a command lists contacts. */
    public static List<Object> contacts(List<Interaction> contacts) {
        List<Object> list = new ArrayList<>();
        for (Interaction i : contacts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id());
            m.put("at", i.at().toString());
            m.put("channel", i.channel().name());
            m.put("direction", i.direction().toString());
            m.put("outcome", i.outcome().toString());
            m.put("kind", i.kind().toString());
            m.put("satisfaction", i.satisfaction().<Object>map(s -> s).orElse(""));
            m.put("note", i.note());
            list.add(m);
        }
        return list;
    }
}
