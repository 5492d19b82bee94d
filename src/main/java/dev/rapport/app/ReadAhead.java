package dev.rapport.app;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * Reads rows and prepares them (parsing, checking, planning: pure work) on a second thread while
 * the caller's thread writes the previous ones to the database: on two cores, an import then costs
 * about the larger of the two instead of their sum. Rows come out in their input order; a failure
 * of the reading thread is thrown on the caller's.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    private static final int CHUNK = 128;
    private static final int CHUNKS_AHEAD = 4;
    /**
     * A chunk also ends at this many characters of input: rows near the field limit would
     * otherwise hold CHUNK × CHUNKS_AHEAD of them, gigabytes, in flight.
     */
    private static final long CHUNK_CHARS = 1 << 20;

    /** The end of the input, or what the reading thread failed with. */
    private record End(RuntimeException failure) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Thread reader;
    private Iterator<T> chunk = List.<T>of().iterator();
    private boolean ended;

    ReadAhead(Iterator<SourceRow> rows, Function<SourceRow, T> prepare) {
        reader = new Thread(() -> {
            try {
                List<T> batch = new ArrayList<>(CHUNK);
                long chars = 0;
                while (rows.hasNext()) {
                    SourceRow row = rows.next();
                    for (String value : row.values()) {
                        chars += value == null ? 0 : value.length();
                    }
                    batch.add(prepare.apply(row));
                    if (batch.size() == CHUNK || chars >= CHUNK_CHARS) {
                        queue.put(batch);
                        batch = new ArrayList<>(CHUNK);
                        chars = 0;
                    }
                }
                if (!batch.isEmpty()) {
                    queue.put(batch);
                }
                queue.put(new End(null));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt(); // the caller stopped reading: just end
            } catch (RuntimeException | Error e) {
                RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                queue.clear();
                queue.offer(new End(failure));
            }
        }, "rapport-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean hasNext() {
        while (!chunk.hasNext() && !ended) {
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the input", e);
            }
            if (next instanceof End end) {
                ended = true;
                if (end.failure() != null) {
                    throw end.failure();
                }
            } else {
                chunk = ((List<T>) next).iterator();
            }
        }
        return chunk.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return chunk.next();
    }

    /** Stops the reading thread, when the caller gives up early, and waits for it. */
    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
