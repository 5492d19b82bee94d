package dev.rapport.io;

import dev.rapport.domain.Channel;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.InvalidValueException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which column of a customer file holds which field. Header names are compared without case,
 * spaces or punctuation, so {@code E-mail 1 - Value}, {@code Email} and {@code e_mail} all find the
 * e-mail; the aliases cover generic lists, Google Contacts, Outlook, Thunderbird and CRM exports.
 * Explicit mappings ({@code --map email=Work Email}) win over aliases; one with no column
 * ({@code --map since=}) leaves the field out of the import.
 */
public final class CustomerColumns {

    /** Parts of a name, composed into the name when no column gives it whole. */
    private enum NamePart {
        GIVEN("first name"), MIDDLE("middle name"), FAMILY("last name");

        private final String words;

        NamePart(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    private static final Map<String, CustomerField> FIELD_ALIASES = new HashMap<>();
    private static final Map<String, NamePart> NAME_ALIASES = new HashMap<>();
    private static final Pattern LAST_CHANNEL = Pattern.compile("last([a-z]+)");
    /** The words and numbers that make a column one of several for its field: Mobile, Home Phone, E-mail 2. */
    private static final Pattern VARIANT = Pattern.compile("[2-9]|home|work|business|mobile|cell|other|secondary|formatted");

    static {
        alias(CustomerField.ID, "id", "customerid", "contactid", "clientid", "customerno", "customernumber",
                "accountid", "recordid", "externalid", "kundennummer", "kundenid");
        alias(CustomerField.NAME, "name", "fullname", "displayname", "contactname", "customername", "contact",
                "customer");
        alias(CustomerField.COMPANY, "company", "companyname", "organization", "organisation", "organization1name",
                "org", "account", "accountname", "business", "firma", "employer");
        alias(CustomerField.EMAIL, "email", "emailaddress", "mail", "primaryemail", "email1value", "email1address",
                "email2address", "email3address", "email2value", "email3value", "emailwork", "workemail",
                "emailhome", "homeemail", "emailother", "otheremail", "secondaryemail", "emailaddress2",
                "emailaddress3", "businessemail");
        alias(CustomerField.PHONE, "phone", "phonenumber", "telephone", "tel", "phone1", "phone2", "phone3",
                "phone1value", "phone2value", "phone3value", "businessphone", "businessphone2", "workphone",
                "mobilephone", "mobile", "mobilenumber", "mobilephonenumber", "cell", "cellphone", "homephone",
                "homephone2", "homemobile", "primaryphone", "otherphone", "telefon");
        alias(CustomerField.STREET, "street", "streetaddress", "address", "address1", "addressline1",
                "address1street", "address1formatted", "businessstreet", "workaddress", "businessaddress",
                "homestreet", "homeaddress", "strasse");
        alias(CustomerField.CITY, "city", "town", "address1city", "businesscity", "workcity", "homecity", "ort",
                "stadt");
        alias(CustomerField.REGION, "region", "state", "province", "county", "stateprovince", "address1region",
                "businessstate", "workstate", "homestate");
        alias(CustomerField.POSTAL_CODE, "postalcode", "zip", "zipcode", "postcode", "plz", "address1postalcode",
                "businesspostalcode", "businesszip", "workzipcode", "homezipcode", "homepostalcode");
        alias(CustomerField.COUNTRY, "country", "countryregion", "address1country", "businesscountry",
                "businesscountryregion", "workcountry", "homecountry", "homecountryregion", "land");
        alias(CustomerField.INDUSTRY, "industry", "sector", "branche");
        alias(CustomerField.SIZE, "size", "companysize", "employees", "numberofemployees");
        alias(CustomerField.TIER, "tier", "customertier", "segment", "level");
        alias(CustomerField.OWNER, "owner", "contactowner", "accountowner", "accountmanager", "salesrep",
                "assignedto", "recordowner", "activityowner");
        alias(CustomerField.TIMEZONE, "timezone", "tz");
        alias(CustomerField.PREFERRED_CHANNEL, "preferredchannel", "channel");
        alias(CustomerField.PREFERRED_DAYS, "preferreddays", "days");
        alias(CustomerField.PREFERRED_HOURS, "preferredhours", "hours", "contacthours");
        alias(CustomerField.LISTENING_STYLE, "listeningstyle", "style");
        alias(CustomerField.TAGS, "tags", "labels", "groupmembership", "categories");
        alias(CustomerField.NEEDS, "needs");
        alias(CustomerField.NOTES, "notes", "note", "comments", "comment", "description", "notesdescription");
        alias(CustomerField.STATUS, "status");
        alias(CustomerField.SINCE, "since", "createdate", "createdat", "created", "datecreated",
                "subscriptiondate", "customersince", "signupdate");
        alias(CustomerField.CADENCE, "cadence");
        alias(CustomerField.LAST_CONTACTED, "lastcontacted", "lastcontact", "lastcontactdate", "lastcontacteddate",
                "lastactivitydate");
        NAME_ALIASES.put("firstname", NamePart.GIVEN);
        NAME_ALIASES.put("givenname", NamePart.GIVEN);
        NAME_ALIASES.put("vorname", NamePart.GIVEN);
        NAME_ALIASES.put("middlename", NamePart.MIDDLE);
        NAME_ALIASES.put("additionalname", NamePart.MIDDLE);
        NAME_ALIASES.put("lastname", NamePart.FAMILY);
        NAME_ALIASES.put("familyname", NamePart.FAMILY);
        NAME_ALIASES.put("surname", NamePart.FAMILY);
        NAME_ALIASES.put("nachname", NamePart.FAMILY);
    }

    private static void alias(CustomerField field, String... names) {
        for (String n : names) {
            FIELD_ALIASES.put(n, field);
        }
    }

    private final Map<CustomerField, List<Integer>> fields = new EnumMap<>(CustomerField.class);
    private final Map<NamePart, Integer> nameParts = new EnumMap<>(NamePart.class);
    private final Map<String, Integer> lastPerChannel = new LinkedHashMap<>();
    private final List<String> ignored = new ArrayList<>();
    private final Map<String, String> tierMap;
    private final ColumnNames readAs = new ColumnNames();
    /** The columns named after their field ({@code tags}, not {@code Group Membership}). */
    private final java.util.BitSet ownNamed = new java.util.BitSet();

    /**
     * Maps {@code header}. {@code explicit} maps field keys to column names and wins over aliases;
     * {@code tierMap} translates the file's tier values ({@code A} → {@code key}).
     */
    public CustomerColumns(List<String> header, Map<String, String> explicit, Map<String, String> tierMap) {
        this.tierMap = new HashMap<>();
        tierMap.forEach((k, v) -> this.tierMap.put(k.strip().toLowerCase(Locale.ROOT), v.strip()));
        Map<Integer, Boolean> taken = new HashMap<>();
        Map<Integer, Boolean> fallback = new HashMap<>();
        java.util.Set<CustomerField> mapped = java.util.EnumSet.noneOf(CustomerField.class);
        for (Map.Entry<String, String> e : explicit.entrySet()) {
            CustomerField field = CustomerField.byKey(e.getKey()).orElseThrow(() -> new InvalidValueException(
                    "--map " + e.getKey() + "=…: there is no field \"" + e.getKey() + "\"; the fields are "
                            + String.join(", ", CustomerField.keys())));
            mapped.add(field);
            if (e.getValue().isBlank()) {
                continue; // not imported: the columns an alias finds for it are ignored
            }
            int column = indexOf(header, e.getValue());
            if (column < 0) {
                throw new InvalidValueException("--map " + e.getKey() + "=" + e.getValue() + ": the file has no column \""
                        + e.getValue() + "\"");
            }
            fields.put(field, new ArrayList<>(List.of(column)));
            taken.put(column, true);
        }
        for (int i = 0; i < header.size(); i++) {
            if (taken.containsKey(i)) {
                continue;
            }
            String key = normalise(header.get(i));
            CustomerField field = FIELD_ALIASES.get(key);
            // Google and Outlook number their e-mail columns; "E-mail 1 - Type" is not an address.
            if (field == null && key.matches("email\\d+(value|address)?")) {
                field = CustomerField.EMAIL;
            }
            if (field != null && mapped.contains(field)) {
                ignored.add(header.get(i)); // --map named another column for this field
                continue;
            }
            if (field != null) {
                readAs.claim(header, i, field.key(), true);
                ownNamed.set(i, key.equals(normalise(field.key())));
                fields.computeIfAbsent(field, f -> new ArrayList<>()).add(i);
                fallback.put(i, isFallback(key));
                continue;
            }
            NamePart part = NAME_ALIASES.get(key);
            if (part != null && left(CustomerField.NAME, mapped)) {
                ignored.add(header.get(i));
                continue;
            }
            if (part != null) {
                readAs.claim(header, i, part.toString(), false);
                if (nameParts.containsKey(part)) {
                    throw ColumnNames.ambiguous(header, nameParts.get(part), i, part.toString(), false);
                }
                nameParts.put(part, i);
                continue;
            }
            Matcher m = LAST_CHANNEL.matcher(key);
            if (m.matches() && isChannelName(m.group(1)) && left(CustomerField.LAST_CONTACTED, mapped)) {
                ignored.add(header.get(i));
                continue;
            }
            if (m.matches() && isChannelName(m.group(1))) {
                String channel = Channel.of(m.group(1)).name();
                readAs.claim(header, i, "last " + channel, false);
                Integer earlier = lastPerChannel.putIfAbsent(channel, i);
                if (earlier != null) {
                    throw ColumnNames.ambiguous(header, earlier, i, "last " + channel, false);
                }
                continue;
            }
            ignored.add(header.get(i));
        }
        fields.forEach((field, columns) -> refuseAnotherNameBeside(header, field, columns));
        fields.values().forEach(columns -> columns.sort(
                java.util.Comparator.comparing((Integer c) -> fallback.getOrDefault(c, false)).thenComparing(c -> c)));
    }

    /** Whether {@code --map FIELD=} left {@code field} out: mapped, to no column. */
    private boolean left(CustomerField field, java.util.Set<CustomerField> mapped) {
        return mapped.contains(field) && !fields.containsKey(field);
    }

    /**
     * A column named after the field itself ({@code email}) says it holds the field; another name
     * for it beside ({@code E-mail 1 - Value}) makes the file ambiguous. A typed or numbered column
     * ({@code Work Email}, {@code E-mail 2 - Value}) is a second choice, read when the first is empty.
     */
    private static void refuseAnotherNameBeside(List<String> header, CustomerField field, List<Integer> columns) {
        String own = normalise(field.key());
        columns.stream().filter(c -> normalise(header.get(c)).equals(own)).findFirst().ifPresent(named ->
                columns.stream().filter(c -> c != named.intValue() && !VARIANT.matcher(normalise(header.get(c))).find())
                        .findFirst().ifPresent(other -> {
                            throw ColumnNames.ambiguous(header, Math.min(named, other), Math.max(named, other), field.key(), true);
                        }));
    }

    /**
     * Columns of a customer's private or formatted details, read only when the business ones are
     * empty: rapport plans business contacts, so the work phone comes before the home phone.
     */
    private static boolean isFallback(String key) {
        return key.startsWith("home") || key.startsWith("other") || key.startsWith("secondary")
                || key.equals("emailhome") || key.equals("emailother") || key.contains("formatted");
    }

    /** Only the standard channels: {@code Last Updated} is not a channel called "updated". */
    private static boolean isChannelName(String s) {
        try {
            return Channel.STANDARD.contains(Channel.of(s));
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private static int indexOf(List<String> header, String column) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equals(column.strip())) {
                return i;
            }
        }
        String wanted = normalise(column);
        for (int i = 0; i < header.size(); i++) {
            if (normalise(header.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** Lower case, letters and digits only: {@code E-mail 1 - Value} → {@code email1value}. */
    static String normalise(String header) {
        StringBuilder sb = new StringBuilder(header.length());
        header.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** The columns no field was found for, as the file names them. */
    public List<String> ignored() {
        return List.copyOf(ignored);
    }

    public boolean has(CustomerField field) {
        return fields.containsKey(field) || field == CustomerField.NAME && !nameParts.isEmpty()
                || field == CustomerField.LAST_CONTACTED && !lastPerChannel.isEmpty();
    }

    /**
     * The fields of one row that the file has columns for. Of several columns for one field (three
     * e-mail columns, say) the first non-empty wins; a name is composed from its parts when no
     * column gives it whole.
     */
    public Map<CustomerField, String> fields(dev.rapport.app.SourceRow row) {
        Map<CustomerField, String> values = new EnumMap<>(CustomerField.class);
        for (Map.Entry<CustomerField, List<Integer>> e : fields.entrySet()) {
            String value = "";
            boolean given = false;
            for (int column : e.getValue()) {
                String raw = row.value(column);
                given |= raw != null;
                // A column under the field's own name holds what export writes, and only that.
                value = ownNamed.get(column) ? (raw == null ? "" : raw.strip()) : clean(e.getKey(), raw);
                if (!value.isEmpty()) {
                    break;
                }
            }
            if (given) { // a YAML record that leaves a field out leaves it alone
                values.put(e.getKey(), value);
            }
        }
        if (values.getOrDefault(CustomerField.NAME, "").isEmpty() && !nameParts.isEmpty()) {
            StringBuilder name = new StringBuilder();
            for (NamePart part : NamePart.values()) {
                Integer column = nameParts.get(part);
                String v = column == null || row.value(column) == null ? "" : row.value(column).strip();
                if (!v.isEmpty()) {
                    name.append(name.length() == 0 ? "" : " ").append(v);
                }
            }
            values.put(CustomerField.NAME, name.toString());
        }
        if (!lastPerChannel.isEmpty()) {
            StringBuilder last = new StringBuilder();
            String all = values.getOrDefault(CustomerField.LAST_CONTACTED, "").strip();
            if (!all.isEmpty()) {
                last.append(all.contains("=") ? all : "*=" + all);
            }
            lastPerChannel.forEach((channel, column) -> {
                String v = row.value(column) == null ? "" : dateOnly(row.value(column).strip());
                if (!v.isEmpty()) {
                    last.append(last.length() == 0 ? "" : ";").append(channel).append('=').append(v);
                }
            });
            values.put(CustomerField.LAST_CONTACTED, last.toString());
        }
        if (values.containsKey(CustomerField.TIER)) {
            String tier = values.get(CustomerField.TIER);
            String mapped = tierMap.get(tier.strip().toLowerCase(Locale.ROOT));
            if (mapped != null) {
                values.put(CustomerField.TIER, mapped);
            }
        }
        return values;
    }

    /**
     * What address-book exports put around a value: Google's {@code a ::: b} lists (the first
     * counts), its {@code * } type markers, and for tags its {@code * My Contacts ::: Friends}.
     * Not for columns under the field's own name: a phone {@code 555 ::: ext. 2} is that phone.
     */
    private static String clean(CustomerField field, String raw) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            return v;
        }
        if (field == CustomerField.TAGS && (v.contains(":::") || v.startsWith("* "))) {
            List<String> tags = new ArrayList<>();
            for (String t : v.split(":::")) {
                String tag = t.replaceFirst("^\\*\\s*", "").strip();
                if (!tag.isEmpty()) {
                    tags.add(tag.replaceAll("\\s*[;,]\\s*", " "));
                }
            }
            return String.join(";", tags);
        }
        if ((field == CustomerField.EMAIL || field == CustomerField.PHONE) && v.contains(":::")) {
            for (String part : v.split(":::")) {
                if (!part.isBlank()) {
                    return part.strip();
                }
            }
            return "";
        }
        if (field == CustomerField.SINCE || field == CustomerField.LAST_CONTACTED) {
            return dateOnly(v);
        }
        return v;
    }

    /** {@code 2023-05-01 10:32} or {@code 2023-05-01T10:32:00Z} → {@code 2023-05-01}. */
    private static String dateOnly(String v) {
        if (v.length() > 10 && v.charAt(4) == '-' && v.charAt(7) == '-' && (v.charAt(10) == ' ' || v.charAt(10) == 'T')) {
            return v.substring(0, 10);
        }
        return v;
    }

    public Optional<Integer> column(CustomerField field) {
        List<Integer> columns = fields.get(field);
        return columns == null ? Optional.empty() : Optional.of(columns.get(0));
    }
}
