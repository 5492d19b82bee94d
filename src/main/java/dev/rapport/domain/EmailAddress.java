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
        // The domain: labels of letters, digits and inner hyphens, separated by single dots.
        int labels = 0;
        int start = at + 1;
        boolean topAllLetters = true;
        for (int i = start; i <= email.length(); i++) {
            char c = i == email.length() ? '.' : email.charAt(i);
            if (c == '.') {
                int length = i - start;
                if (length == 0 || length > 63 || email.charAt(start) == '-' || email.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                if (i == email.length() && (length < 2 || !topAllLetters)) {
                    return false;
                }
                start = i + 1;
                topAllLetters = true;
            } else if (Character.isLetterOrDigit(c) || c == '-') {
                topAllLetters &= Character.isLetter(c);
            } else {
                return false;
            }
        }
        return labels >= 2;
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
