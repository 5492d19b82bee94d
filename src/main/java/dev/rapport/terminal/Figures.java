package dev.rapport.terminal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;

/** Numbers as the reports show them: grouped for people, plain for machines; "-" or null where there is none. */
public final class Figures {

    static final String NONE = "-";

    private Figures() {
    }

    /** A report's group as a table names it: customers without an owner are "(none)". */
    static String group(String name) {
        return name.isEmpty() ? "(none)" : name;
    }

    /** 1234567 → 1,234,567. */
    /** {@code 1 contact}, {@code 3 contacts}. */
    public static String plural(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** With two decimals: 4.13. */
    static String decimal(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.2f", v.getAsDouble()) : NONE;
    }

    /** With a sign and two decimals: +0.25, -1.00; no sign on what rounds to 0.00 (never -0.00). */
    static String signed(OptionalDouble v) {
        if (v.isEmpty()) {
            return NONE;
        }
        double rounded = Math.round(v.getAsDouble() * 100) / 100.0;
        return rounded == 0 ? "0.00" : String.format(Locale.ROOT, "%+.2f", rounded);
    }

    /** A median of days: whole, or half a day: 3, 3.5. */
    static String days(OptionalDouble v) {
        if (v.isEmpty()) {
            return NONE;
        }
        double d = v.getAsDouble();
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%.1f", d);
    }

    /** A share as a whole percentage, never rounded up to 100 % while something is missing: 0.996 → 99%. */
    static String percent(double share) {
        return (int) Math.floor(share * 100 + 1e-9) + "%";
    }

    /** For CSV and JSON: at most two decimals, no trailing zeros (4.1, 12.5, 3); null when there is none. */
    static BigDecimal machine(OptionalDouble v) {
        if (v.isEmpty()) {
            return null;
        }
        BigDecimal d = BigDecimal.valueOf(v.getAsDouble()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
