package dev.rapport.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the header's columns that are read, as compared (without case, spaces or
 * punctuation): two columns under one name would leave one of them unread without a word, so
 * the second is refused, naming both.
 */
final class ColumnNames {

    private final Map<String, Integer> read = new HashMap<>();

    /** Notes that {@code column} is read, for {@code holds}; refuses it when another column has its name. */
    void claim(List<String> header, int column, String holds, boolean mappable) {
        Integer earlier = read.putIfAbsent(CustomerColumns.normalise(header.get(column)), column);
        if (earlier != null) {
            throw ambiguous(header, earlier, column, holds, mappable);
        }
    }

    /**
     * The refusal of columns {@code first} and {@code second}, both read for {@code holds};
     * {@code mappable} when {@code --map} can choose between them.
     */
    static AmbiguousColumnsException ambiguous(List<String> header, int first, int second, String holds, boolean mappable) {
        String a = header.get(first);
        String b = header.get(second);
        if (a.strip().equals(b.strip())) {
            return new AmbiguousColumnsException("the column \"" + a.strip() + "\" is there twice (columns " + (first + 1)
                    + " and " + (second + 1) + "); keep one");
        }
        return new AmbiguousColumnsException("the columns \"" + a.strip() + "\" and \"" + b.strip() + "\" both hold the "
                + holds + "; keep one" + (mappable ? ", or choose one with --map " + holds + "=COLUMN" : ""));
    }
}
