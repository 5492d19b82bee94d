package dev.rapport.storage.sqlite;

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
 * unpacks it once into its cache directory and points the driver at it.
 *
 * <p>The copy's directory is named after the jar it came from (its size and time) and the
 * platform, so a rebuilt or upgraded rapport unpacks its own. Finding an existing copy costs two
 * file lookups: working out the platform's library folder (sqlite-jdbc's OSInfo starts a process
 * and reads /proc) and the driver's version (a resource read) are left to the first run.
 */
final class SqliteNativeLibrary {

    private SqliteNativeLibrary() {
    }

    /**
     * Uses the copy in {@code cacheDir}, making it first if needed. Does nothing when the library
     * path is already set, and leaves the driver to its own ways when the copy cannot be made.
     */
    static void useCacheIn(Path cacheDir) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        try {
            Path dir = cacheDir.resolve("sqlite-" + buildKey());
            Path library = dir.resolve("libsqlitejdbc.so");
            if (!Files.isRegularFile(library)) {
                String folder = OSInfo.getNativeLibFolderPathForCurrentOS();
                String resource = "/org/sqlite/native/" + folder + "/libsqlitejdbc.so";
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
                removeEarlierCopies(cacheDir, dir);
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", "libsqlitejdbc.so");
        } catch (IOException | UnsupportedOperationException e) {
            // No cache to be had (read-only home, no POSIX file system): the driver unpacks as usual.
        }
    }

    /**
     * This build of rapport on this platform: the jar's size and time, else (classes run from a
     * directory, as in tests) the driver's version; with the operating system and architecture.
     */
    private static String buildKey() throws IOException {
        String platform = (System.getProperty("os.name") + "-" + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9._-]", "");
        try {
            Path code = Path.of(SqliteNativeLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return place(code) + "-" + Files.size(code) + "-" + Files.getLastModifiedTime(code).toMillis() + "-" + platform;
            }
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            // no jar to name the copy after: the driver's version does
        }
        return driverVersion() + "-" + platform;
    }

    /** Where the jar is, as a short name: the copies of earlier builds of the same jar share it. */
    private static String place(Path jar) {
        return "j" + Integer.toHexString(jar.toAbsolutePath().toString().hashCode());
    }

    /** The copies unpacked for earlier builds of the jar at the same place: nothing will use them again. */
    private static void removeEarlierCopies(Path cacheDir, Path current) {
        String name = current.getFileName().toString();
        if (!name.startsWith("sqlite-j")) {
            return;
        }
        String prefix = name.substring(0, name.indexOf('-', "sqlite-".length()) + 1);
        try (var siblings = Files.newDirectoryStream(cacheDir, p -> p.getFileName().toString().startsWith(prefix) && !p.equals(current))) {
            for (Path old : siblings) {
                try (var files = Files.newDirectoryStream(old)) {
                    for (Path f : files) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            // an earlier copy stays behind; it is only disk space
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
