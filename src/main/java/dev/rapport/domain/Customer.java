package dev.rapport.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Someone the business keeps in touch with (SPEC §2). Text fields are never null: an absent value
 * is the empty string.
 *
 * @param cadence      per-channel periods that override the tier's
 * @param lastContacts the last contact dates given at import: per channel, and under
 *                     {@link #ALL_CHANNELS} for every channel; they anchor the cadence until a
 *                     contact is logged
 * @param spreadFrom   for a customer imported with {@code --spread}: the day from which its first
 *                     contacts, while it is never contacted, are spread over one period instead of
 *                     falling due on {@code since} (the day of the import, or {@code since} if later)
 */
public record Customer(
        String id,
        String name,
        String company,
        String email,
        String phone,
        Address address,
        String industry,
        String size,
        String tier,
        String owner,
        Optional<TimeZoneName> timeZone,
        Optional<Channel> preferredChannel,
        ContactWindow window,
        Optional<ListeningStyle> listeningStyle,
        List<String> tags,
        String needs,
        String notes,
        Status status,
        LocalDate since,
        Map<Channel, Period> cadence,
        Map<String, LocalDate> lastContacts,
        Optional<LocalDate> spreadFrom) {

    /** Stripped, without empty ones or repeats; a loop, not a stream: every customer read passes here. */
    private static List<String> cleanTags(List<String> tags) {
        List<String> clean = new java.util.ArrayList<>(tags.size());
        for (String t : tags) {
            String s = t.strip();
            if (!s.isEmpty() && !clean.contains(s)) {
                clean.add(s);
            }
        }
        return List.copyOf(clean);
    }

    /** The key of {@link #lastContacts} for a date that counts for every channel. */
    public static final String ALL_CHANNELS = "*";

    public Customer {
        id = Text.clean(id);
        if (!CustomerIds.isValid(id)) {
            throw new InvalidValueException("\"" + id + "\" is not a customer id; use letters, digits, '.', '_' or '-', up to 64 characters");
        }
        name = Text.clean(name);
        company = Text.clean(company);
        email = EmailAddress.normalise(email);
        if (name.isEmpty() && company.isEmpty() && email.isEmpty()) {
            throw new InvalidValueException("customer " + id + " needs a name, a company or an e-mail");
        }
        phone = Text.clean(phone);
        Objects.requireNonNull(address, "address");
        industry = Text.clean(industry);
        size = Text.clean(size);
        tier = Text.clean(tier);
        owner = Text.clean(owner);
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(preferredChannel, "preferredChannel");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(listeningStyle, "listeningStyle");
        tags = tags.isEmpty() ? List.of() : cleanTags(tags);
        needs = Text.clean(needs);
        notes = Text.clean(notes);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
        cadence = cadence.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(cadence));
        lastContacts = lastContacts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(lastContacts));
        // Nobody is contacted before being a customer: a spread begins on since at the earliest.
        if (spreadFrom.isPresent() && spreadFrom.get().isBefore(since)) {
            spreadFrom = Optional.of(since);
        }
    }

    /** Whether its first contacts are spread over one period (imported with {@code --spread}). */
    public boolean spread() {
        return spreadFrom.isPresent();
    }

    /** A new customer with the given id and name, everything else empty, added on {@code since}. */
    public static Builder builder(String id, String name, String tier, LocalDate since) {
        return new Builder(id, name, tier, since);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The name people know the customer by: the name, else the company, else the e-mail. */
    public String displayName() {
        return !name.isEmpty() ? name : !company.isEmpty() ? company : email;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    /** The last contact date imported for {@code channel}, else the one imported for all channels. */
    public Optional<LocalDate> importedLastContact(Channel channel) {
        LocalDate d = lastContacts.get(channel.name());
        return Optional.ofNullable(d != null ? d : lastContacts.get(ALL_CHANNELS));
    }

    /** Assembles a customer field by field; the record's constructor checks the result. */
    public static final class Builder {
        private String id;
        private String name;
        private String company = "";
        private String email = "";
        private String phone = "";
        private Address address = Address.NONE;
        private String industry = "";
        private String size = "";
        private String tier;
        private String owner = "";
        private Optional<TimeZoneName> timeZone = Optional.empty();
        private Optional<Channel> preferredChannel = Optional.empty();
        private ContactWindow window = ContactWindow.ANY;
        private Optional<ListeningStyle> listeningStyle = Optional.empty();
        private List<String> tags = List.of();
        private String needs = "";
        private String notes = "";
        private Status status = Status.ACTIVE;
        private LocalDate since;
        private Map<Channel, Period> cadence = new LinkedHashMap<>();
        private Map<String, LocalDate> lastContacts = new LinkedHashMap<>();
        private boolean spread;
        private LocalDate spreadFrom;

        private Builder(String id, String name, String tier, LocalDate since) {
            this.id = id;
            this.name = name;
            this.tier = tier;
            this.since = since;
        }

        private Builder(Customer c) {
            id = c.id;
            name = c.name;
            company = c.company;
            email = c.email;
            phone = c.phone;
            address = c.address;
            industry = c.industry;
            size = c.size;
            tier = c.tier;
            owner = c.owner;
            timeZone = c.timeZone;
            preferredChannel = c.preferredChannel;
            window = c.window;
            listeningStyle = c.listeningStyle;
            tags = c.tags;
            needs = c.needs;
            notes = c.notes;
            status = c.status;
            since = c.since;
            cadence = new LinkedHashMap<>(c.cadence);
            lastContacts = new LinkedHashMap<>(c.lastContacts);
            spread = c.spread();
            spreadFrom = c.spreadFrom.orElse(null);
        }

        public Builder id(String v) { id = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder company(String v) { company = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder phone(String v) { phone = v; return this; }
        public Address address() { return address; }
        public ContactWindow window() { return window; }
        public LocalDate since() { return since; }
        public Builder address(Address v) { address = v; return this; }
        public Builder industry(String v) { industry = v; return this; }
        public Builder size(String v) { size = v; return this; }
        public Builder tier(String v) { tier = v; return this; }
        public Builder owner(String v) { owner = v; return this; }
        public Builder timeZone(Optional<TimeZoneName> v) { timeZone = v; return this; }
        public Builder preferredChannel(Optional<Channel> v) { preferredChannel = v; return this; }
        public Builder window(ContactWindow v) { window = v; return this; }
        public Builder listeningStyle(Optional<ListeningStyle> v) { listeningStyle = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder needs(String v) { needs = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder status(Status v) { status = v; return this; }
        public Builder since(LocalDate v) { since = v; return this; }
        public Builder cadence(Map<Channel, Period> v) { cadence = new LinkedHashMap<>(v); return this; }
        public Builder cadence(Channel channel, Period period) { cadence.put(channel, period); return this; }
        public Builder lastContacts(Map<String, LocalDate> v) { lastContacts = new LinkedHashMap<>(v); return this; }
        /** Spread from {@code since}, or not at all. */
        public Builder spread(boolean v) { spread = v; spreadFrom = null; return this; }
        /** Spread from {@code day} (or {@code since}, if later). */
        public Builder spreadFrom(LocalDate day) { spread = true; spreadFrom = day; return this; }

        public Customer build() {
            return new Customer(id, name, company, email, phone, address, industry, size, tier, owner,
                    timeZone, preferredChannel, window, listeningStyle, tags, needs, notes, status, since,
                    cadence, lastContacts, spread ? Optional.of(spreadFrom == null ? since : spreadFrom) : Optional.empty());
        }
    }
}
