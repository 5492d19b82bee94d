package dev.rapport.app;

import java.util.List;

/**
 * One record of an input file, as read: the line it starts on and its values in column order. A
 * value is null where the record does not give the column at all (a YAML record without the key).
 */
public record SourceRow(long line, List<String> values) {

    public String value(int column) {
        return column < values.size() ? values.get(column) : "";
    }
}
