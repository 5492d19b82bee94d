package dev.rapport.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail syntax as people and contact exports write it: one {@code @}, a dotted domain. */
public final class EmailAddress {

    // Pragmatic, not RFC 5322: what mail programs accept in an address book.
    private static final Pattern SYNTAX = Pattern.compile(
            "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.-]+@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}]{2,63}");

    private EmailAddress() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= 254 && SYNTAX.matcher(email).matches()
                && !email.startsWith(".") && !email.contains("..") && !email.contains(".@");
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
