package dev.rapport.app;

import java.util.List;

/**
 * One record of an input file, as read: the line it starts on and its values in column order.
 */
public record SourceRow(long line, List<String> values) {

    public String value(int column) {
        return column < values.size() ? values.get(column) : "";
    }
}
