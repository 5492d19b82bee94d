package dev.rapport.io;

import dev.rapport.app.SourceRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which columns of a file's header play which role, found by alias (case and punctuation do not
 * matter); a role may have several columns, and the first non-empty one gives its value. A role's
 * own name is its constant's ({@code LOGGED_BY}: {@code logged_by}), the column rapport's export
 * writes: a column under it beside another name for the role is ambiguous, and refused, as are
 * two columns of one name.
 */
final class ColumnRoles<R extends Enum<R>> {

    private final Map<R, List<Integer>> columns;
    private final List<String> ignored = new ArrayList<>();

    ColumnRoles(Class<R> roles, Map<String, R> aliases, List<String> header) {
        columns = new EnumMap<>(roles);
        ColumnNames read = new ColumnNames();
        for (int i = 0; i < header.size(); i++) {
            R role = aliases.get(CustomerColumns.normalise(header.get(i)));
            if (role == null) {
                ignored.add(header.get(i));
            } else {
                read.claim(header, i, name(role), false);
                columns.computeIfAbsent(role, r -> new ArrayList<>()).add(i);
            }
        }
        columns.forEach((role, its) -> {
            String own = CustomerColumns.normalise(name(role));
            its.stream().filter(c -> CustomerColumns.normalise(header.get(c)).equals(own)).findFirst().ifPresent(named -> {
                int other = its.stream().filter(c -> c != named.intValue()).findFirst().orElse(named);
                if (other != named) {
                    throw ColumnNames.ambiguous(header, Math.min(named, other), Math.max(named, other), name(role), false);
                }
            });
        });
    }

    private static String name(Enum<?> role) {
        return role.name().toLowerCase(java.util.Locale.ROOT);
    }

    boolean has(R role) {
        return columns.containsKey(role);
    }

    /** The header's columns that play no role, as the file names them. */
    List<String> ignored() {
        return List.copyOf(ignored);
    }

    /** The first non-empty value of the role's columns, stripped; empty when there is none. */
    String value(SourceRow row, R role) {
        for (int column : columns.getOrDefault(role, List.of())) {
            String v = row.value(column) == null ? "" : row.value(column).strip();
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }
}
