package dev.rapport.terminal;

import dev.rapport.app.ExplainNext;
import dev.rapport.app.Listing;
import dev.rapport.domain.Customer;
import dev.rapport.domain.NextContact;
import dev.rapport.domain.Obligation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code rapport next}: a customer's next contact per channel and why, and its open obligations. */
public final class NextListings {

    private NextListings() {
    }

    /** A row per channel (reason cadence, why: the steps that gave the date), then per open obligation. */
    public static Listing of(ExplainNext.Explanation e, LocalDate today) {
        Listing listing = Listing.of(List.of("channel", "due", "reason", "why"));
        for (NextContact n : e.next()) {
            listing.add(List.of(n.channel().name(), n.due().toString(), "cadence", String.join("; ", n.steps())));
        }
        for (Obligation o : e.open()) {
            String why = "#" + o.id() + " opened " + o.opened() + (o.note().isEmpty() ? "" : ": " + o.note())
                    + o.escalation().map(x -> "; escalates to " + x.to() + " on " + x.on()).orElse("");
            listing.add(List.of(o.channel().name(), o.due().toString(), o.reason(today).key(), why));
        }
        return listing;
    }

    /** The line above the table: whose dates these are, and why an inactive customer has no cadence. */
    public static String heading(Customer c) {
        return DisplayWidth.safe(c.displayName() + " [" + c.id() + "], tier " + c.tier()
                + (c.isActive() ? "" : ", " + c.status() + ": no cadence"));
    }

    /** The JSON document: the customer, and the listing's rows as objects under {@code next}. */
    public static Map<String, Object> json(ExplainNext.Explanation e, Listing listing) {
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
        return json;
    }
}
