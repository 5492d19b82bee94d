package dev.rapport.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule of the domain that SQL needs, as the values of an {@code IN (…)}: the text a query holds
 * is only {@link #marks()}, and the values are bound in order, so that the rule keeps its one home
 * in the domain (STYLE.md, habit 12). Statements that cannot take parameters (a trigger, a partial
 * index) get {@link #literals()} instead, rendered from the same values. Each value is its domain
 * value's {@code toString()}, the text that storage writes.
 */
public final class InList {

    private final List<String> values;

    private InList(List<String> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an IN list of no values matches nothing, and SQL has no way to write it");
        }
        this.values = values;
    }

    /** The list of {@code values}, in their order, each as its {@code toString()}. */
    public static InList of(Collection<?> values) {
        return new InList(values.stream().map(Object::toString).toList());
    }

    /** {@code ?, ?, ?}: one parameter per value, for inside the brackets of an {@code IN}. */
    public String marks() {
        return String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
    }

    public List<String> values() {
        return values;
    }

    /** The arguments of a statement: {@code first}, then this list's values. */
    public Object[] after(Object... first) {
        List<Object> args = new ArrayList<>(java.util.Arrays.asList(first));
        args.addAll(values);
        return args.toArray();
    }

    /**
     * {@code 'reached', 'sent', 'received'}: the values as SQL string literals, for the statements
     * that take no parameters. Quotes in a value are doubled.
     */
    public String literals() {
        return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", "));
    }
}
