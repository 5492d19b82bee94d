package dev.rapport.domain;

import java.util.Locale;

/** E-mail syntax as people and contact exports write it: one {@code @}, a dotted domain. */
public final class EmailAddress {

    private static final String LOCAL_SYMBOLS = "!#$%&'*+/=?^_`{|}~.-";

    private EmailAddress() {
    }

    /**
     * Pragmatic, not RFC 5322: what mail programs accept in an address book. A local part of
     * letters, digits and the usual symbols, without a leading, trailing or doubled dot; a domain of
     * dotted labels of letters, digits and inner hyphens, ending in a label of two or more letters.
     * Written out rather than as a regular expression: an import checks a million of them.
     */
    public static boolean isValid(String email) {
        if (email == null || email.length() > 254) {
            return false;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0 || at == email.length() - 1 || email.indexOf('@') != at) {
            return false;
        }
        char previous = '.';
        for (int i = 0; i < at; i++) {
            char c = email.charAt(i);
            if (!Character.isLetterOrDigit(c) && LOCAL_SYMBOLS.indexOf(c) < 0 || c == '.' && previous == '.') {
                return false;
            }
            previous = c;
        }
        if (previous == '.') {
            return false;
        }
        String[] labels = email.substring(at + 1).split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!Character.isLetterOrDigit(c) && c != '-') {
                    return false;
                }
            }
        }
        String top = labels[labels.length - 1];
        return top.length() >= 2 && top.chars().allMatch(Character::isLetter);
    }

    /** The address trimmed, checked and with its domain in lower case; empty stays empty. */
    public static String normalise(String email) {
        String e = email == null ? "" : email.strip();
        if (e.isEmpty()) {
            return "";
        }
        if (!isValid(e)) {
            throw new InvalidValueException("\"" + e + "\" is not an e-mail address");
        }
        int at = e.lastIndexOf('@');
        return e.substring(0, at) + e.substring(at).toLowerCase(Locale.ROOT);
    }
}
