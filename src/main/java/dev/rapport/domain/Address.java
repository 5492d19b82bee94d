package dev.rapport.domain;


/** A postal address; any part may be empty. */
public record Address(String street, String city, String region, String postalCode, String country) {

    public static final Address NONE = new Address("", "", "", "", "");

    public Address {
        street = Text.clean(street);
        city = Text.clean(city);
        region = Text.clean(region);
        postalCode = Text.clean(postalCode);
        country = Text.clean(country);
    }

    public Address withStreet(String v) { return new Address(v, city, region, postalCode, country); }
    public Address withCity(String v) { return new Address(street, v, region, postalCode, country); }
    public Address withRegion(String v) { return new Address(street, city, v, postalCode, country); }
    public Address withPostalCode(String v) { return new Address(street, city, region, v, country); }
    public Address withCountry(String v) { return new Address(street, city, region, postalCode, v); }

    public boolean isEmpty() {
        return toString().isEmpty();
    }

    /** One line, the parts that are there separated by commas. */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder();
        for (String part : new String[] {street, (postalCode + " " + city).strip(), region, country}) {
            if (!part.isEmpty()) {
                line.append(line.length() == 0 ? "" : ", ").append(part);
            }
        }
        return line.toString();
    }
}
