package dev.rapport.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Customer keys: an id given by the user or an export, or one made from the e-mail or from name and
 * company (SPEC §5, keys).
 */
public final class CustomerIds {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private CustomerIds() {
    }

    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > 64 || !Character.isLetterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!Character.isLetterOrDigit(c) && ".-_@+".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A readable key from words: accents dropped, lower case, words joined by dashes ({@code Jürgen
     * Müller, Grün GmbH} → {@code jurgen-muller-grun-gmbh}); letters of other scripts are kept.
     */
    public static String slug(String... words) {
        String joined = String.join(" ", words);
        String decomposed = Normalizer.normalize(joined, Normalizer.Form.NFKD)
                .replace("ß", "ss");
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        String slug = NOT_WORD.matcher(plain).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > 64) {
            slug = slug.substring(0, 64).replaceAll("-+$", "");
        }
        return slug;
    }
}
