package dev.rapport.cli;

import dev.rapport.domain.CustomerField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The customer fields as options, shared by {@code customer add} and {@code customer edit}. Only
 * the options given are collected; an empty value ({@code --phone ""}) clears a field.
 */
final class CustomerOptions {

    private final Map<CustomerField, String> fields = new EnumMap<>(CustomerField.class);

    Map<CustomerField, String> fields() {
        return fields;
    }

    @Option(names = "--name", paramLabel = "TEXT", description = "Full name.")
    void name(String v) { fields.put(CustomerField.NAME, v); }

    @Option(names = "--company", paramLabel = "TEXT", description = "Company.")
    void company(String v) { fields.put(CustomerField.COMPANY, v); }

    @Option(names = "--email", paramLabel = "ADDRESS", description = "E-mail address.")
    void email(String v) { fields.put(CustomerField.EMAIL, v); }

    @Option(names = "--phone", paramLabel = "NUMBER", description = "Phone number.")
    void phone(String v) { fields.put(CustomerField.PHONE, v); }

    @Option(names = "--street", paramLabel = "TEXT", description = "Street address.")
    void street(String v) { fields.put(CustomerField.STREET, v); }

    @Option(names = "--city", paramLabel = "TEXT", description = "City.")
    void city(String v) { fields.put(CustomerField.CITY, v); }

    @Option(names = "--region", paramLabel = "TEXT", description = "Region, state or province.")
    void region(String v) { fields.put(CustomerField.REGION, v); }

    @Option(names = "--postal-code", paramLabel = "CODE", description = "Postal code.")
    void postalCode(String v) { fields.put(CustomerField.POSTAL_CODE, v); }

    @Option(names = "--country", paramLabel = "TEXT", description = "Country.")
    void country(String v) { fields.put(CustomerField.COUNTRY, v); }

    @Option(names = "--industry", paramLabel = "TEXT", description = "Industry.")
    void industry(String v) { fields.put(CustomerField.INDUSTRY, v); }

    @Option(names = "--size", paramLabel = "TEXT", description = "Company size, e.g. 50-200.")
    void size(String v) { fields.put(CustomerField.SIZE, v); }

    @Option(names = "--tier", paramLabel = "TIER", description = "Tier from the policy, e.g. key, major, ordinary, small.")
    void tier(String v) { fields.put(CustomerField.TIER, v); }

    @Option(names = "--owner", paramLabel = "NAME", description = "Account manager.")
    void owner(String v) { fields.put(CustomerField.OWNER, v); }

    @Option(names = "--timezone", paramLabel = "ZONE", description = "The customer's IANA time zone, e.g. Asia/Shanghai.")
    void timezone(String v) { fields.put(CustomerField.TIMEZONE, v); }

    @Option(names = "--channel", paramLabel = "CHANNEL", description = "Preferred channel, e.g. call, visit, email.")
    void channel(String v) { fields.put(CustomerField.PREFERRED_CHANNEL, v); }

    @Option(names = "--days", paramLabel = "DAYS", description = "Preferred days, e.g. MON,WED,FRI or mon-thu.")
    void days(String v) { fields.put(CustomerField.PREFERRED_DAYS, v); }

    @Option(names = "--hours", paramLabel = "HOURS", description = "Preferred hours in the customer's time zone, e.g. 09:00-12:00.")
    void hours(String v) { fields.put(CustomerField.PREFERRED_HOURS, v); }

    @Option(names = "--style", paramLabel = "STYLE", description = "Listening style: serious, casual, active or cooperative.")
    void style(String v) { fields.put(CustomerField.LISTENING_STYLE, v); }

    @Option(names = "--tags", paramLabel = "TAGS", description = "Tags, separated by ; or , (replaces the tags).")
    void tags(String v) { fields.put(CustomerField.TAGS, v); }

    @Option(names = "--needs", paramLabel = "TEXT", description = "What the customer needs.")
    void needs(String v) { fields.put(CustomerField.NEEDS, v); }

    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes.")
    void notes(String v) { fields.put(CustomerField.NOTES, v); }

    @Option(names = "--status", paramLabel = "STATUS", description = "active, paused or archived.")
    void status(String v) { fields.put(CustomerField.STATUS, v); }

    @Option(names = "--since", paramLabel = "DATE", description = "The date the customer was added (default today).")
    void since(String v) { fields.put(CustomerField.SINCE, v); }

    @Option(names = "--cadence", paramLabel = "CHANNEL=PERIOD",
            description = "Override the tier's period for a channel, e.g. call=2 weeks or visit=never (repeatable).")
    void cadence(List<String> v) { fields.put(CustomerField.CADENCE, String.join(";", v)); }

    @Option(names = "--last-contacted", paramLabel = "DATE",
            description = "The last contact before rapport, for all channels (DATE) or per channel (call=DATE).")
    void lastContacted(String v) { fields.put(CustomerField.LAST_CONTACTED, v); }
}
