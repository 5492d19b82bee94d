package dev.rapport.io;

import dev.rapport.app.ImportComplaints;
import dev.rapport.app.SourceRow;
import dev.rapport.domain.InvalidValueException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a complaints file holds what: CRM ticket exports ({@code Ticket ID, Ticket Name,
 * Ticket Status, Ticket Priority, Create Date, Close Date, Ticket Owner, Associated Contact Email})
 * and the generic {@code ref,customer,opened,note,status,resolved}.
 */
public final class ComplaintColumns {

    private enum Part { REF, CUSTOMER, EMAIL, NOTE, STATUS, PRIORITY, OPENED, RESOLVED, OWNER }

    private static final Map<String, Part> ALIASES = new HashMap<>();

    static {
        alias(Part.REF, "ref", "ticketid", "ticket", "ticketnumber", "caseid", "casenumber", "id");
        alias(Part.CUSTOMER, "customer", "customerid", "contactid", "associatedcontactid");
        alias(Part.EMAIL, "email", "associatedcontactemail", "contactemail", "customeremail", "emailaddress");
        alias(Part.NOTE, "note", "ticketname", "subject", "summary", "title", "description", "casesubject");
        alias(Part.STATUS, "status", "ticketstatus", "casestatus", "state", "pipelinestage");
        alias(Part.PRIORITY, "priority", "ticketpriority", "casepriority");
        alias(Part.OPENED, "opened", "createdate", "created", "createdat", "opendate", "datecreated");
        alias(Part.RESOLVED, "resolved", "closedate", "closed", "closedat", "resolvedat", "dateclosed");
        alias(Part.OWNER, "owner", "ticketowner", "caseowner", "assignee", "assignedto");
    }

    private static void alias(Part part, String... names) {
        for (String n : names) {
            ALIASES.put(n, part);
        }
    }

    private final ColumnRoles<Part> columns;

    public ComplaintColumns(List<String> header) {
        columns = new ColumnRoles<>(Part.class, ALIASES, header);
        if (!columns.has(Part.CUSTOMER) && !columns.has(Part.EMAIL)) {
            throw new InvalidValueException("the file has no customer column: name one \"customer\" (id or e-mail)"
                    + " or \"Associated Contact Email\"");
        }
        if (!columns.has(Part.OPENED)) {
            throw new InvalidValueException("the file has no column for when each complaint was made: name one \"opened\" or \"Create Date\"");
        }
    }

    public List<String> ignored() {
        return columns.ignored();
    }

    public ImportComplaints.Row row(SourceRow row) {
        return new ImportComplaints.Row(value(row, Part.REF), value(row, Part.CUSTOMER), value(row, Part.EMAIL),
                value(row, Part.NOTE), value(row, Part.STATUS), value(row, Part.PRIORITY), value(row, Part.OPENED),
                value(row, Part.RESOLVED), value(row, Part.OWNER));
    }

    private String value(SourceRow row, Part part) {
        return columns.value(row, part);
    }
}
