package dev.rapport.cli;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.util.Optional;

/**
 * Standard output whose failures are not lost. {@link PrintWriter} (and {@code System.out}, a
 * PrintStream) swallow every {@link IOException}, so a command writing onto a full disk went on
 * and exited 0 with half its output. Here the first write that fails ends the command: with
 * {@link StandardOutputClosed} when the reader has gone ({@code rapport export customers | head -1}),
 * which is not an error, else with a {@link RapportException} of status 74.
 *
 * <p>After that the output is dead: what a command writes while it unwinds (a closing bracket, a
 * flush in a {@code finally}) is dropped with a plain IOException, which the PrintWriter over it
 * records for {@link PrintWriter#checkError} instead of throwing the failure a second time.
 */
final class StandardOutput extends Writer {

    /** What Java says for EPIPE where no translation of the system's messages is in use. */
    private static final String BROKEN_PIPE = "Broken pipe";

    private final Writer target;
    private RuntimeException failure;

    StandardOutput(Writer target) {
        this.target = target;
    }

    /** The failure that ended the output, if one did. */
    Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        stillAlive();
        try {
            target.write(text, offset, length);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        stillAlive();
        try {
            target.write(text, offset, length);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(int c) throws IOException {
        stillAlive();
        try {
            target.write(c);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        stillAlive();
        try {
            target.flush();
        } catch (IOException e) {
            throw failed(e);
        }
        // A PrintWriter handed in (by a test or an embedding program) swallows its own failures;
        // checkError is the only word of them.
        if (target instanceof PrintWriter printer && printer.checkError()) {
            throw failed(new IOException("the writer reported an error"));
        }
    }

    /** Standard output stays open: the process's, or the caller's, to close. */
    @Override
    public void close() throws IOException {
        flush();
    }

    private void stillAlive() throws IOException {
        if (failure != null) {
            throw new IOException("standard output failed earlier", failure);
        }
    }

    private RuntimeException failed(IOException e) {
        failure = readerGone(e)
                ? new StandardOutputClosed(e)
                : new RapportException(ExitStatus.IO_ERROR, "cannot write to standard output: " + e.getMessage(), e);
        return failure;
    }

    /**
     * Whether the write failed because the reading end of a pipe was closed (EPIPE). Java tells
     * errors apart only by their message, which the system translates (Spanish: "Tubería rota"),
     * so the message is compared with the one this system gives for a pipe of our own whose
     * reader has gone.
     */
    private static boolean readerGone(IOException e) {
        String message = e.getMessage();
        return BROKEN_PIPE.equals(message) || (message != null && message.equals(brokenPipeHere()));
    }

    private static String brokenPipeHere() {
        try {
            Pipe pipe = Pipe.open();
            pipe.source().close();
            try (Pipe.SinkChannel sink = pipe.sink()) {
                sink.write(ByteBuffer.allocate(1));
            }
            return BROKEN_PIPE;   // no EPIPE on this system's pipes (Windows' are sockets)
        } catch (IOException epipe) {
            return epipe.getMessage();
        }
    }
}
