package dev.rapport.io;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A file a command writes (an export, a rejects file, a backup), there whole or not at all.
 *
 * <p>Before anything is opened it refuses a target that is one of the files the command reads,
 * the database first among them, by whatever name reaches it: a symlink, {@code ..}, a hard link.
 * It refuses an existing file unless told to replace it. The output then goes to an owner-only
 * temporary file beside the target (it holds personal data, whatever the umask), which takes the
 * target's name only when the command {@link #commit commits}; a command that fails leaves no file
 * behind and an old one as it was.
 *
 * <p>A target that exists and is not a regular file (a pipe, {@code /dev/stdout}, {@code
 * /dev/null}) is written straight: there is nothing in it to lose, and renaming over it would
 * replace the device itself.
 */
public final class OutputFile implements AutoCloseable {

    /** {@code -} names standard output, not a file called {@code -}. */
    public static final Path STANDARD_OUTPUT = Path.of("-");

    /** A file the command reads, {@code what} it is to the user: never a place to write. */
    public record Input(Path path, String what) {
    }

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path named;         // as the user wrote it, for messages
    private final Path target;        // where it goes: absolute, through a symlink to its file
    private final Path temporary;     // null when the target is written straight
    private final boolean replace;
    private final Writer given;       // standard output: flushed, never closed
    private FileChannel channel;
    private Writer writer;
    private boolean committed;

    private OutputFile(Path named, Path target, Path temporary, boolean replace, Writer given) {
        this.named = named;
        this.target = target;
        this.temporary = temporary;
        this.replace = replace;
        this.given = given;
    }

    /**
     * Readies {@code target} for the {@code purpose} ("export", "rejects", "backup"), refusing it
     * (exit 2) when it is one of {@code inputs} or exists and may not be replaced, and making its
     * temporary file. Nothing at {@code target} changes until {@link #commit}. A command that can
     * write to standard output takes {@code -} to {@link #standardOutput} before it comes here.
     */
    public static OutputFile open(String purpose, Path target, boolean replace, List<Input> inputs) {
        if (isStandardOutput(target)) {
            throw RapportException.usage("the " + purpose + " cannot go to standard output; name a file");
        }
        for (Input input : inputs) {
            if (sameFile(target, input.path())) {
                throw RapportException.usage(target + " is " + input.what() + " (" + real(input.path())
                        + "); write the " + purpose + " to another file");
            }
        }
        if (Files.isDirectory(target)) {
            throw RapportException.usage(target + " is a directory; name a file for the " + purpose);
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            return new OutputFile(target, target, null, replace, null);
        }
        if (Files.exists(target) && !replace) {
            throw RapportException.usage(target + " exists already; choose another name or add --force to replace it");
        }
        // Through a symlink to a file, the file is what is replaced, not the link.
        Path place = Files.isSymbolicLink(target) && Files.exists(target) ? real(target) : target.toAbsolutePath();
        Path dir = place.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new RapportException(ExitStatus.IO_ERROR, "cannot write " + target + ": no such directory");
        }
        try {
            return new OutputFile(target, place, createOwnerOnly(dir, "." + place.getFileName() + "."), replace, null);
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** Standard output as an output file: written as it comes, flushed on commit, left open. */
    public static OutputFile standardOutput(Writer out) {
        return new OutputFile(STANDARD_OUTPUT, STANDARD_OUTPUT, null, true, out);
    }

    /** Whether {@code path} is {@code -}, standard output. */
    public static boolean isStandardOutput(Path path) {
        return STANDARD_OUTPUT.equals(path);
    }

    /** The text of the output, UTF-8; buffered, so write errors may only show at {@link #commit}. */
    public Writer writer() {
        if (writer == null) {
            try {
                if (given != null) {
                    writer = given;
                } else if (temporary != null) {
                    channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8));
                } else {
                    writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8, StandardOpenOption.WRITE);
                }
            } catch (IOException e) {
                throw failure(named, e);
            }
        }
        return writer;
    }

    /**
     * The empty owner-only file to fill, for a writer that opens files itself (SQLite's backup);
     * such a writer needs a regular file.
     */
    public Path file() {
        if (temporary == null) {
            throw RapportException.usage(named + " is not a regular file; name a file");
        }
        return temporary;
    }

    /** What the user calls this output, for messages. */
    public String name() {
        return isStandardOutput(named) ? "standard output" : named.toString();
    }

    /**
     * Ends the output: its text on disk (synced), then under the target's name in one rename, so
     * that a crash leaves the old file or the new one.
     */
    public void commit() {
        try {
            if (writer != null) {
                writer.flush();
            }
            if (channel != null) {
                channel.force(true);
            }
            if (writer != null && given == null) {
                writer.close();
            }
            if (temporary != null) {
                place();
            }
            committed = true;
        } catch (IOException e) {
            throw failure(named, e);
        }
    }

    private void place() throws IOException {
        if (replace) {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try {
            Files.createLink(target, temporary); // fails when the name was taken meanwhile, even in a race
        } catch (FileAlreadyExistsException e) {
            throw RapportException.usage(named + " exists already; choose another name or add --force to replace it");
        } catch (UnsupportedOperationException | IOException e) {
            Files.move(temporary, target); // a file system without hard links: checked, then renamed
            return;
        }
        Files.delete(temporary);
    }

    /** Without a commit, the temporary file goes and the target stays as it was. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            if (writer != null && given == null) {
                writer.close();
            } else if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // the output is abandoned anyway
        }
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a leftover hidden *.part file is untidy, not harmful: it has a name no one uses
            }
        }
    }

    /**
     * Whether {@code a} and {@code b} are one file: the same inode when both exist (hard links
     * too), else the same real directory and name, since what does not exist yet may be created.
     */
    static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            return false;
        }
        return real(a).equals(real(b));
    }

    /** {@code path} with its symlinks and {@code ..} resolved; for a new file, those of its directory. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            if (parent != null && absolute.getFileName() != null && Files.isDirectory(parent)) {
                return parent.toRealPath().resolve(absolute.getFileName());
            }
        } catch (IOException e) {
            // fall back on the name as given
        }
        return absolute.normalize();
    }

    /** A new, empty file readable by its owner only: the mode given at creation and set again after the umask. */
    private static Path createOwnerOnly(Path dir, String prefix) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(dir, prefix, ".part");
        }
        Path file = Files.createTempFile(dir, prefix, ".part", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        return file;
    }

    private static RapportException failure(Path target, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            reason = fse.getReason().toLowerCase(Locale.ROOT);
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new RapportException(ExitStatus.IO_ERROR, "cannot write " + target + ": " + reason, e);
    }
}
