package dev.rapport.app;

import java.util.ArrayList;
import java.util.List;

/**
 * A result as columns and rows, for the output formats every listing shares (table, CSV, TSV,
 * JSON). Values are text, numbers, or lists of text.
 */
public record Listing(List<String> columns, List<List<Object>> rows) {

    public Listing {
        columns = List.copyOf(columns);
        rows = new ArrayList<>(rows);
    }

    public static Listing of(List<String> columns) {
        return new Listing(columns, new ArrayList<>());
    }

    public Listing add(List<?> row) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException("a row of " + row.size() + " values for " + columns.size() + " columns");
        }
        rows.add(new ArrayList<>(row));
        return this;
    }
}
