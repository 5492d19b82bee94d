package dev.rapport.io;

import dev.rapport.app.ImportInteractions;
import dev.rapport.app.SourceRow;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of a contact-history file holds what, for the generic format
 * ({@code customer,at,channel,direction,outcome,kind,note,satisfaction}) and CRM activity exports
 * ({@code Activity Type, Activity Date, Call Outcome, Meeting Outcome, Notes/Description,
 * Associated Contact Email, Activity Owner}); and the CRM's words translated into rapport's.
 */
public final class InteractionColumns {

    /** CONTACT_ID is the #ID that export writes: known, so not reported as ignored, and not read (numbers are this database's). */
    private enum Part { CONTACT_ID, CUSTOMER, EMAIL, AT, CHANNEL, DIRECTION, OUTCOME, KIND, NOTE, SATISFACTION, LOGGED_BY }

    private static final Map<String, Part> ALIASES = new HashMap<>();

    static {
        alias(Part.CONTACT_ID, "id");
        alias(Part.CUSTOMER, "customer", "customerid", "contactid", "clientid", "contact", "associatedcontactid");
        alias(Part.EMAIL, "email", "customeremail", "contactemail", "associatedcontactemail", "emailaddress");
        alias(Part.AT, "at", "date", "datetime", "time", "timestamp", "when", "activitydate", "activitytime");
        alias(Part.CHANNEL, "channel", "via", "type", "activitytype");
        alias(Part.DIRECTION, "direction", "calldirection", "emaildirection");
        alias(Part.OUTCOME, "outcome", "calloutcome", "meetingoutcome", "result", "activityoutcome");
        alias(Part.KIND, "kind", "category");
        alias(Part.NOTE, "note", "notes", "notesdescription", "description", "summary", "body", "subject");
        alias(Part.SATISFACTION, "satisfaction", "rating", "csat", "score");
        alias(Part.LOGGED_BY, "loggedby", "owner", "activityowner", "user", "by");
    }

    private static final Map<String, String> CHANNELS = Map.of(
            "meeting", "visit", "phone", "call", "phonecall", "call", "e-mail", "email", "mail", "email",
            "inperson", "visit", "in-person", "visit");
    private static final Map<String, String> OUTCOMES = Map.ofEntries(
            Map.entry("connected", "reached"), Map.entry("completed", "reached"), Map.entry("held", "reached"),
            Map.entry("answered", "reached"),
            Map.entry("no answer", "missed"), Map.entry("busy", "missed"), Map.entry("wrong number", "missed"),
            Map.entry("no show", "missed"), Map.entry("not answered", "missed"),
            Map.entry("left voicemail", "voicemail"), Map.entry("left live message", "reached"));

    private static void alias(Part part, String... names) {
        for (String n : names) {
            ALIASES.put(n, part);
        }
    }

    private final ColumnRoles<Part> columns;

    public InteractionColumns(List<String> header) {
        columns = new ColumnRoles<>(Part.class, ALIASES, header);
        if (!columns.has(Part.CUSTOMER) && !columns.has(Part.EMAIL)) {
            throw new dev.rapport.domain.InvalidValueException("the file has no customer column: name one \"customer\" (id or e-mail)"
                    + " or \"Associated Contact Email\"");
        }
    }

    public List<String> ignored() {
        return columns.ignored();
    }

    public ImportInteractions.Row row(SourceRow row) {
        String type = value(row, Part.CHANNEL).toLowerCase(Locale.ROOT);
        String outcomeText = value(row, Part.OUTCOME).toLowerCase(Locale.ROOT);
        boolean notAContact = type.equals("note") || type.equals("task") || type.equals("notes") || type.equals("tasks")
                || outcomeText.equals("scheduled") || outcomeText.equals("rescheduled")
                || outcomeText.equals("canceled") || outcomeText.equals("cancelled");
        String channel = CHANNELS.getOrDefault(type, type);
        String outcome = OUTCOMES.getOrDefault(outcomeText, outcomeText);
        return new ImportInteractions.Row(value(row, Part.CUSTOMER), value(row, Part.EMAIL), value(row, Part.AT), channel,
                value(row, Part.DIRECTION), outcome, value(row, Part.KIND), value(row, Part.NOTE),
                value(row, Part.SATISFACTION), value(row, Part.LOGGED_BY), notAContact);
    }

    private String value(SourceRow row, Part part) {
        return columns.value(row, part);
    }
}
