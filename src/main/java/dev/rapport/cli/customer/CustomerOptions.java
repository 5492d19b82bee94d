package dev.rapport.cli.customer;

import dev.rapport.cli.Phrases;
import dev.rapport.cli.Session;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.DateWords;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The customer fields as options, shared by {@code customer add} and {@code customer edit}. Only
 * the options given are collected; an empty value ({@code --phone ""}) clears a field. Fields, not
 * setters, so that the options keep their order (reflection returns methods in no fixed order,
 * which the completion script would show).
 */
final class CustomerOptions {

    @Option(names = "--name", paramLabel = "TEXT", description = "Full name.")
    String name;

    @Option(names = "--company", paramLabel = "TEXT", description = "Company.")
    String company;

    @Option(names = "--email", paramLabel = "ADDRESS", description = "E-mail address.")
    String email;

    @Option(names = "--phone", paramLabel = "NUMBER", description = "Phone number.")
    String phone;

    @Option(names = "--street", paramLabel = "TEXT", description = "Street address.")
    String street;

    @Option(names = "--city", paramLabel = "TEXT", description = "City.")
    String city;

    @Option(names = "--region", paramLabel = "TEXT", description = "Region, state or province.")
    String region;

    @Option(names = "--postal-code", paramLabel = "CODE", description = "Postal code.")
    String postalCode;

    @Option(names = "--country", paramLabel = "TEXT", description = "Country.")
    String country;

    @Option(names = "--industry", paramLabel = "TEXT", description = "Industry.")
    String industry;

    @Option(names = "--size", paramLabel = "TEXT", description = "Company size, e.g. 50-200.")
    String size;

    @Option(names = "--tier", paramLabel = "TIER", description = "Tier from the policy, e.g. key, major, ordinary, small.")
    String tier;

    @Option(names = "--owner", paramLabel = "NAME", description = "Account manager.")
    String owner;

    @Option(names = "--timezone", paramLabel = "ZONE", description = "The customer's IANA time zone, e.g. Asia/Shanghai.")
    String timezone;

    @Option(names = "--channel", paramLabel = "CHANNEL", description = "Preferred channel, e.g. call, visit, email.")
    String channel;

    @Option(names = "--days", paramLabel = "DAYS", description = "Preferred days, e.g. MON,WED,FRI or mon-thu.")
    String days;

    @Option(names = "--hours", paramLabel = "HOURS", description = "Preferred hours in the customer's time zone, e.g. 09:00-12:00.")
    String hours;

    @Option(names = "--style", paramLabel = "STYLE", description = "Listening style: serious, casual, active or cooperative.")
    String style;

    @Option(names = "--tags", paramLabel = "TAGS", description = "Tags, separated by ; or , (replaces the tags).")
    String tags;

    @Option(names = "--needs", paramLabel = "TEXT", description = "What the customer needs.")
    String needs;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes.")
    String notes;

    @Option(names = "--status", paramLabel = "STATUS", description = "active, paused or archived.")
    String status;

    @Option(names = "--since", paramLabel = "DATE", preprocessor = Phrases.Date.class,
            description = "The date the customer was added, such as 2024-02-12 or -2w (default today).")
    DateWords since;

    @Option(names = "--cadence", paramLabel = "CHANNEL=PERIOD",
            description = "Override the tier's period for a channel, e.g. call=2 weeks or visit=never (repeatable).")
    List<String> cadence;

    @Option(names = "--last-contacted", paramLabel = "DATE", preprocessor = Phrases.LastContacts.class,
            description = "The last contact before rapport, for all channels (DATE) or per channel (call=DATE;visit=DATE).")
    String lastContacted;

    /** The fields given on the command line, as text; days given in words are read from the session's planning date. */
    Map<CustomerField, String> fields(Session session) {
        Map<CustomerField, String> map = new EnumMap<>(CustomerField.class);
        put(map, CustomerField.NAME, name == null ? null : name);
        put(map, CustomerField.COMPANY, company == null ? null : company);
        put(map, CustomerField.EMAIL, email == null ? null : email);
        put(map, CustomerField.PHONE, phone == null ? null : phone);
        put(map, CustomerField.STREET, street == null ? null : street);
        put(map, CustomerField.CITY, city == null ? null : city);
        put(map, CustomerField.REGION, region == null ? null : region);
        put(map, CustomerField.POSTAL_CODE, postalCode == null ? null : postalCode);
        put(map, CustomerField.COUNTRY, country == null ? null : country);
        put(map, CustomerField.INDUSTRY, industry == null ? null : industry);
        put(map, CustomerField.SIZE, size == null ? null : size);
        put(map, CustomerField.TIER, tier == null ? null : tier);
        put(map, CustomerField.OWNER, owner == null ? null : owner);
        put(map, CustomerField.TIMEZONE, timezone == null ? null : timezone);
        put(map, CustomerField.PREFERRED_CHANNEL, channel == null ? null : channel);
        put(map, CustomerField.PREFERRED_DAYS, days == null ? null : days);
        put(map, CustomerField.PREFERRED_HOURS, hours == null ? null : hours);
        put(map, CustomerField.LISTENING_STYLE, style == null ? null : style);
        put(map, CustomerField.TAGS, tags == null ? null : tags);
        put(map, CustomerField.NEEDS, needs == null ? null : needs);
        put(map, CustomerField.NOTES, notes == null ? null : notes);
        put(map, CustomerField.STATUS, status == null ? null : status);
        put(map, CustomerField.SINCE, since == null ? null : session.day("--since", since).toString());
        put(map, CustomerField.CADENCE, cadence == null ? null : String.join(";", cadence));
        put(map, CustomerField.LAST_CONTACTED, lastContacted == null ? null : lastContacts(lastContacted, session));
        return map;
    }

    /**
     * {@code --last-contacted} with each day that date words name written as its date
     * ({@code call=last friday} → {@code call=2026-11-20}); the rest is left for CustomerField to
     * read, and to refuse in its words.
     */
    private static String lastContacts(String text, Session session) {
        if (!text.contains("=")) {
            return DateWords.isDate(text) ? session.day("--last-contacted", DateWords.parse(text)).toString() : text;
        }
        List<String> parts = new java.util.ArrayList<>();
        for (String part : text.split(";", -1)) {
            int eq = part.indexOf('=');
            String day = eq < 0 ? "" : part.substring(eq + 1);
            parts.add(eq >= 0 && DateWords.isDate(day)
                    ? part.substring(0, eq + 1) + session.day("--last-contacted", DateWords.parse(day)) : part);
        }
        return String.join(";", parts);
    }

    private static void put(Map<CustomerField, String> map, CustomerField field, String value) {
        if (value != null) {
            map.put(field, value);
        }
    }
}
