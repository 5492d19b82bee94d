package dev.rapport.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every field of a customer as text, the one place that says how each is written and read back: the
 * options of {@code customer add} and {@code edit}, import columns and export columns all use it, so
 * that export followed by import gives back the same customer.
 */
public enum CustomerField {
    ID("id", Customer::id, Customer.Builder::id),
    NAME("name", Customer::name, Customer.Builder::name),
    COMPANY("company", Customer::company, Customer.Builder::company),
    EMAIL("email", Customer::email, (b, v) -> b.email(EmailAddress.normalise(v))),
    PHONE("phone", Customer::phone, Customer.Builder::phone),
    STREET("street", c -> c.address().street(), (b, v) -> b.address(b.address().withStreet(v))),
    CITY("city", c -> c.address().city(), (b, v) -> b.address(b.address().withCity(v))),
    REGION("region", c -> c.address().region(), (b, v) -> b.address(b.address().withRegion(v))),
    POSTAL_CODE("postal_code", c -> c.address().postalCode(), (b, v) -> b.address(b.address().withPostalCode(v))),
    COUNTRY("country", c -> c.address().country(), (b, v) -> b.address(b.address().withCountry(v))),
    INDUSTRY("industry", Customer::industry, Customer.Builder::industry),
    SIZE("size", Customer::size, Customer.Builder::size),
    TIER("tier", Customer::tier, (b, v) -> b.tier(v.strip().toLowerCase(Locale.ROOT))),
    OWNER("owner", Customer::owner, Customer.Builder::owner),
    TIMEZONE("timezone", c -> c.timeZone().map(TimeZoneName::id).orElse(""),
            (b, v) -> b.timeZone(zone(v))),
    PREFERRED_CHANNEL("preferred_channel", c -> c.preferredChannel().map(Channel::name).orElse(""),
            (b, v) -> b.preferredChannel(v.isBlank() ? Optional.empty() : Optional.of(Channel.of(v)))),
    PREFERRED_DAYS("preferred_days", c -> c.window().daysText(),
            (b, v) -> b.window(b.window().withDays(ContactWindow.parseDays(v)))),
    PREFERRED_HOURS("preferred_hours", c -> c.window().hoursText(),
            (b, v) -> b.window(b.window().withHours(ContactWindow.parseHours(v)))),
    LISTENING_STYLE("listening_style", c -> c.listeningStyle().map(ListeningStyle::toString).orElse(""),
            (b, v) -> b.listeningStyle(v.isBlank() ? Optional.empty() : Optional.of(ListeningStyle.parse(v)))),
    TAGS("tags", c -> String.join(";", c.tags()), (b, v) -> b.tags(tags(v))),
    NEEDS("needs", Customer::needs, Customer.Builder::needs),
    NOTES("notes", Customer::notes, Customer.Builder::notes),
    STATUS("status", c -> c.status().toString(),
            (b, v) -> b.status(v.isBlank() ? Status.ACTIVE : Status.parse(v))),
    SINCE("since", c -> c.since().toString(), (b, v) -> b.since(date(v))),
    CADENCE("cadence", c -> cadenceText(c.cadence()), (b, v) -> b.cadence(cadence(v))),
    LAST_CONTACTED("last_contacted", c -> lastContactsText(c.lastContacts()),
            (b, v) -> b.lastContacts(lastContacts(v)));

    private static final java.util.regex.Pattern TAG_SEPARATORS = java.util.regex.Pattern.compile("[;,]");

    private final String key;
    private final Function<Customer, String> reader;
    private final BiConsumer<Customer.Builder, String> writer;

    CustomerField(String key, Function<Customer, String> reader, BiConsumer<Customer.Builder, String> writer) {
        this.key = key;
        this.reader = reader;
        this.writer = writer;
    }

    /** The column name in CSV, JSON and YAML: {@code postal_code}, {@code preferred_days}. */
    public String key() {
        return key;
    }

    public String read(Customer customer) {
        return reader.apply(customer);
    }

    /**
     * Sets this field on the builder from text, as a user or a file writes it; an error names the
     * field.
     */
    public void write(Customer.Builder builder, String text) {
        String value = text == null ? "" : text;
        try {
            writer.accept(builder, value);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(key + ": " + e.getMessage());
        }
    }

    public static Optional<CustomerField> byKey(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(f -> f.key.equals(k)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(CustomerField::key).toList();
    }

    // Readers of the fields whose text is not the value itself.

    private static Optional<TimeZoneName> zone(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(TimeZoneName.parse(text));
    }

    /**
     * Reads an ISO date, {@code 2026-03-01}; an impossible one ({@code 2026-02-30}) is an error, as
     * is one outside the years 1 to 9999, whose ISO text does not sort as the dates do.
     */
    public static LocalDate date(String text) {
        LocalDate date;
        try {
            date = IsoDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("\"" + text.strip() + "\" is not a date; use YYYY-MM-DD, e.g. 2026-03-01");
        }
        if (date.getYear() < 1 || date.isAfter(IsoDate.LAST)) {
            throw new InvalidValueException("\"" + text.strip() + "\" is not a date between the years 1 and 9999");
        }
        return date;
    }

    private static List<String> tags(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        List<String> tags = new java.util.ArrayList<>();
        for (String t : TAG_SEPARATORS.split(text)) {
            if (!t.isBlank()) {
                tags.add(t.strip());
            }
        }
        return List.copyOf(tags);
    }

    /** {@code call=2 weeks;visit=never} */
    static String cadenceText(Map<Channel, Period> cadence) {
        return cadence.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    public static Map<Channel, Period> cadence(String text) {
        Map<Channel, Period> cadence = new LinkedHashMap<>();
        if (text.isBlank()) {
            return cadence;
        }
        for (String[] pair : pairs(text, "call=1 month;visit=never")) {
            cadence.put(Channel.of(pair[0]), Period.parse(pair[1]));
        }
        return cadence;
    }

    /** {@code 2026-01-10} for all channels, or {@code call=2026-01-10;visit=2025-11-02}. */
    static String lastContactsText(Map<String, LocalDate> last) {
        if (last.size() == 1 && last.containsKey(Customer.ALL_CHANNELS)) {
            return last.get(Customer.ALL_CHANNELS).toString();
        }
        return last.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    static Map<String, LocalDate> lastContacts(String text) {
        Map<String, LocalDate> last = new LinkedHashMap<>();
        if (text.isBlank()) {
            return last;
        }
        if (!text.contains("=")) {
            last.put(Customer.ALL_CHANNELS, date(text));
            return last;
        }
        for (String[] pair : pairs(text, "2026-01-10 or call=2026-01-10;visit=2025-11-02")) {
            String channel = pair[0].strip();
            last.put(channel.equals(Customer.ALL_CHANNELS) ? channel : Channel.of(channel).name(), date(pair[1]));
        }
        return last;
    }

    private static List<String[]> pairs(String text, String example) {
        return Arrays.stream(text.split(";")).map(String::strip).filter(p -> !p.isEmpty()).map(p -> {
            String[] kv = p.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new InvalidValueException("\"" + p + "\" is not channel=value; write e.g. " + example);
            }
            return kv;
        }).toList();
    }
}
