package dev.rapport.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What two records of one customer share although typed differently ({@code customer duplicates},
 * SPEC §7): the e-mail in any case, the phone number in any format, the name and company in any
 * case and with or without accents. Two customers with an equal key are a likely pair; the keys
 * are computed one customer at a time, so that finding the pairs is a sort, never a comparison of
 * every customer with every other.
 */
public final class DuplicateKeys {

    /** Why two customers look like one, in the order a listing names the reasons. */
    public enum Reason {
        EMAIL("same e-mail"), PHONE("same phone"), NAME_AND_COMPANY("same name and company");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    /**
     * One key of a customer. {@code qualifier} narrows it where the value alone says too much: a
     * phone number's country code, empty when the number was written in national form (which may
     * be of any country).
     */
    public record Key(Reason reason, String value, String qualifier) {

        /** Whether a customer with this key and one with {@code other} are likely the same. */
        public boolean matches(Key other) {
            return reason == other.reason && value.equals(other.value)
                    && (qualifier.isEmpty() || other.qualifier.isEmpty() || qualifier.equals(other.qualifier));
        }
    }

    /**
     * Two customers that look like one: {@code keep} was added first, {@code duplicate} later;
     * {@code reasons} in their order.
     */
    public record Pair(Customer keep, Customer duplicate, java.util.Set<Reason> reasons) {
        public Pair {
            reasons = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(reasons));
        }
    }

    /** Fewer digits than this are an extension or a short code, not a number that tells people apart. */
    static final int PHONE_DIGITS = 6;

    private DuplicateKeys() {
    }

    /**
     * The fields {@link #of} reads, and all it reads: a store that reads a million customers for
     * their keys may read only these.
     */
    public static final List<CustomerField> FIELDS = List.of(CustomerField.ID, CustomerField.NAME, CustomerField.COMPANY,
            CustomerField.EMAIL, CustomerField.PHONE, CustomerField.TAGS);

    /** The customer's keys, from its {@link #FIELDS}; none for a customer already merged into another. */
    public static List<Key> of(Customer customer) {
        if (CustomerMerge.mergedInto(customer).isPresent()) {
            return List.of();
        }
        List<Key> keys = new ArrayList<>(3);
        email(customer.email()).ifPresent(e -> keys.add(new Key(Reason.EMAIL, e, "")));
        phone(customer.phone()).ifPresent(keys::add);
        String name = fold(customer.name());
        String company = fold(customer.company());
        if (!name.isEmpty() || !company.isEmpty()) {
            keys.add(new Key(Reason.NAME_AND_COMPANY, name + " / " + company, ""));
        }
        return keys;
    }

    /** The address in lower case: mail systems treat the local part without regard to case in practice. */
    static Optional<String> email(String email) {
        return email.isEmpty() ? Optional.empty() : Optional.of(email.toLowerCase(Locale.ROOT));
    }

    /**
     * The national significant number: the digits without the international prefix ({@code +} or
     * {@code 00}) and country code, and without the trunk {@code 0} of the national form, so that
     * {@code +49 30 1234567}, {@code 0049 (0)30 123 45 67} and {@code 030/1234567} are one number.
     * Whatever follows a letter is an extension ({@code ext. 12}, {@code x12}, {@code Durchwahl}), and
     * whatever follows {@code ;} or {@code ,} another number.
     */
    static Optional<Key> phone(String phone) {
        StringBuilder digits = new StringBuilder();
        boolean plus = false;
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (Character.isLetter(c) || c == ';' || c == ',') {
                break;
            }
            int digit = Character.digit(c, 10);
            if (digit >= 0) {
                digits.append((char) ('0' + digit));
            } else if (c == '+' && digits.length() == 0) {
                plus = true;
            }
        }
        String number = digits.toString();
        String country = "";
        if (plus || number.startsWith("00")) {
            number = plus ? number : number.substring(2);
            int length = countryCodeLength(number);
            if (length == 0 || number.length() <= length) {
                return Optional.empty();
            }
            country = number.substring(0, length);
            number = number.substring(length);
        }
        // The trunk prefix of the national form, also written after the country code as "(0)".
        if (number.startsWith("0")) {
            number = number.substring(1);
        }
        return number.length() < PHONE_DIGITS ? Optional.empty() : Optional.of(new Key(Reason.PHONE, number, country));
    }

    /**
     * How many digits the country code at the start of an international number has. ITU-T E.164
     * codes are prefix-free: 1 and 7 stand alone, these two-digit codes are whole, and every other
     * code is three digits long. 0 when the number cannot start with a country code.
     */
    static int countryCodeLength(String number) {
        if (number.isEmpty() || number.charAt(0) == '0') {
            return 0;
        }
        char first = number.charAt(0);
        if (first == '1' || first == '7') {
            return 1;
        }
        if (number.length() < 2) {
            return 0;
        }
        String two = number.substring(0, 2);
        return TWO_DIGIT_COUNTRY_CODES.contains(two) ? 2 : 3;
    }

    /** Lower-case ASCII letters and digits in words separated by single spaces: folded already. */
    private static boolean plainAscii(String text) {
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                space = false;
            } else {
                return false;
            }
        }
        return !space || text.isEmpty();
    }

    private static final java.util.Set<String> TWO_DIGIT_COUNTRY_CODES = java.util.Set.of(
            "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
            "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86",
            "90", "91", "92", "93", "94", "95", "98");

    /**
     * Text as people mean it, not as they typed it: in lower case, without accents ({@code Müller},
     * {@code Muller} and {@code MÜLLER} are one name; also {@code ß}, {@code æ}, {@code ø}, {@code ł}),
     * every run of punctuation and spaces one space.
     */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (plainAscii(lower)) {
            return lower;  // most names: nothing to decompose, and one space between words already
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            String letters = switch (c) {
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'œ' -> "oe";
                case 'ø' -> "o";
                case 'ł' -> "l";
                case 'đ', 'ð' -> "d";
                case 'þ' -> "th";
                case 'ı' -> "i";
                default -> Character.isLetterOrDigit(c) ? Character.toString(c) : null;
            };
            if (letters == null) {
                space = folded.length() > 0;
            } else {
                if (space) {
                    folded.append(' ');
                    space = false;
                }
                folded.append(letters);
            }
        }
        return folded.toString();
    }
}
