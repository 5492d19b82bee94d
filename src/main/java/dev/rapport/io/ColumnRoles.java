package dev.rapport.io;

import dev.rapport.app.SourceRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which columns of a file's header play which role, found by alias (case and punctuation do not
 * matter); a role may have several columns, and the first non-empty one gives its value.
 */
final class ColumnRoles<R extends Enum<R>> {

    private final Map<R, List<Integer>> columns;
    private final List<String> ignored = new ArrayList<>();

    ColumnRoles(Class<R> roles, Map<String, R> aliases, List<String> header) {
        columns = new EnumMap<>(roles);
        for (int i = 0; i < header.size(); i++) {
            R role = aliases.get(CustomerColumns.normalise(header.get(i)));
            if (role == null) {
                ignored.add(header.get(i));
            } else {
                columns.computeIfAbsent(role, r -> new ArrayList<>()).add(i);
            }
        }
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
