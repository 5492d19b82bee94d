package dev.rapport.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.sqlite.util.OSInfo;

/**
 * sqlite-jdbc unpacks its native library into the temp directory and compares it byte for byte on
 * every start (about 100 ms), and fails with a vague error where /tmp is mounted noexec. rapport
 * unpacks it once into its cache directory, under a name that carries the driver's version, and
 * points the driver at it.
 */
public final class SqliteNativeLibrary {

    private SqliteNativeLibrary() {
    }

    /**
     * Uses the copy in {@code cacheDir}, making it first if needed. Does nothing when the library
     * path is already set, and leaves the driver to its own ways when the copy cannot be made.
     */
    public static void useCacheIn(Path cacheDir) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        String folder = OSInfo.getNativeLibFolderPathForCurrentOS();
        String resource = "/org/sqlite/native/" + folder + "/libsqlitejdbc.so";
        Path dir = cacheDir.resolve("sqlite-" + driverVersion()).resolve(folder.replace('/', '-'));
        Path library = dir.resolve("libsqlitejdbc.so");
        try {
            if (!Files.isRegularFile(library)) {
                try (InputStream in = SqliteNativeLibrary.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        return; // not a platform the jar carries a library for; the driver will say so
                    }
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                    // Written into the owner-only temporary file, not copied over it: a copy that
                    // replaces the file would make a new one with the umask's mode.
                    Path part = PrivateFiles.createTempFile(dir, "libsqlitejdbc");
                    try (java.io.OutputStream out = Files.newOutputStream(part)) {
                        in.transferTo(out);
                    }
                    Files.move(part, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", "libsqlitejdbc.so");
        } catch (IOException | UnsupportedOperationException e) {
            // No cache to be had (read-only home, no POSIX file system): the driver unpacks as usual.
        }
    }

    private static String driverVersion() {
        try (InputStream in = SqliteNativeLibrary.class.getResourceAsStream("/META-INF/maven/org.xerial/sqlite-jdbc/VERSION")) {
            if (in == null) {
                return "unknown";
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", "unknown").replaceAll("[^A-Za-z0-9._-]", "");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
