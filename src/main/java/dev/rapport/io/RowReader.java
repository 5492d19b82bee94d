package dev.rapport.io;

import dev.rapport.app.SourceRow;
import dev.rapport.app.TabularSource;
import java.util.NoSuchElementException;

/** A source read one row ahead: each kind of file says only how to read its next row. */
abstract class RowReader implements TabularSource {

    private SourceRow next;

    /** The next row, or null at the end of the input. */
    protected abstract SourceRow read();

    @Override
    public final boolean hasNext() {
        if (next == null) {
            next = read();
        }
        return next != null;
    }

    @Override
    public final SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRow row = next;
        next = null;
        return row;
    }
}
