package dev.rapport.terminal;

import dev.rapport.app.FindCustomers;
import dev.rapport.app.Listing;
import dev.rapport.domain.AppliedCadence;
import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customers as listings: every field for the machine formats (their columns are the stable
 * {@link CustomerField} keys), the fields a person scans for the table.
 */
public final class CustomerListings {

    private static final List<CustomerField> TABLE = List.of(CustomerField.ID, CustomerField.NAME,
            CustomerField.COMPANY, CustomerField.TIER, CustomerField.OWNER, CustomerField.EMAIL,
            CustomerField.PHONE, CustomerField.STATUS);

    private CustomerListings() {
    }

    /** The columns of the table, or with {@code table} false every field's stable key for the machine formats. */
    public static List<String> columns(boolean table) {
        return table ? TABLE.stream().map(CustomerField::key).toList() : CustomerField.keys();
    }

    /** The customer in {@link #columns}. */
    public static List<Object> row(Customer c, boolean table) {
        List<CustomerField> fields = table ? TABLE : List.of(CustomerField.values());
        List<Object> row = new ArrayList<>(fields.size());
        for (CustomerField f : fields) {
            row.add(f == CustomerField.TAGS ? c.tags() : f.read(c));
        }
        return row;
    }

    /** {@code customer show}: every field, then the cadence that applies, as field/value pairs. */
    public static Map<String, Object> details(FindCustomers.Details details) {
        Customer c = details.customer();
        Map<String, Object> all = new LinkedHashMap<>();
        for (CustomerField f : CustomerField.values()) {
            all.put(f.key(), f == CustomerField.TAGS ? c.tags() : f.read(c));
        }
        Map<String, Object> cadence = new LinkedHashMap<>();
        for (AppliedCadence a : details.cadence()) {
            Map<String, Object> applied = new LinkedHashMap<>();
            applied.put("period", a.period().toString());
            applied.put("source", a.overridden() ? "override" : "tier");
            cadence.put(a.channel().name(), applied);
        }
        dev.rapport.domain.CustomerMerge.mergedInto(c).ifPresent(keep -> all.put("merged_into", keep));
        all.put("applied_cadence", cadence);
        all.put("needs_history", BriefJson.contacts(details.needs()));
        all.put("feedback", BriefJson.contacts(details.feedback()));
        all.put("history", details.history().stream().map(ContactListings::json).toList());
        return all;
    }

    public static Listing detailsListing(FindCustomers.Details details) {
        Listing listing = Listing.of(List.of("field", "value"));
        Customer c = details.customer();
        for (CustomerField f : CustomerField.values()) {
            Object value = f == CustomerField.TAGS ? c.tags() : f.read(c);
            if (f == CustomerField.STATUS) {
                value = value + dev.rapport.domain.CustomerMerge.mergedInto(c).map(keep -> ", merged into " + keep).orElse("");
            }
            listing.add(List.of(f.key(), value));
        }
        for (AppliedCadence a : details.cadence()) {
            listing.add(List.of("cadence." + a.channel().name(), a.describe(c.tier())));
        }
        for (var i : details.needs()) {
            listing.add(List.of("needs." + i.date(), said(i)));
        }
        for (var i : details.feedback()) {
            listing.add(List.of("feedback." + i.date(), said(i)));
        }
        for (var e : details.history()) {
            listing.add(List.of("history", ContactListings.line(e)));
        }
        return listing;
    }

    /** {@code #812 (call, 4/5) wants quarterly invoices} */
    private static String said(dev.rapport.domain.Interaction i) {
        return "#" + i.id() + " (" + i.channel().name() + i.satisfaction().map(s -> ", " + s + "/5").orElse("") + ") " + i.note();
    }
}
