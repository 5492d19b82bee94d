package dev.rapport.storage.sqlite;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold personal data, made owner-only (0600, directories 0700) whatever the umask: the
 * database, its backups, the shell's history. The mode is given at creation and set again after,
 * because a creation mode only ever loses bits to the umask and a file must not be readable by
 * others even for a moment.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates {@code dir} and its missing parents, each new one owner-only. */
    public static void createDirectories(Path dir) throws IOException {
        if (dir == null || Files.isDirectory(dir)) {
            return;
        }
        if (posix()) {
            FileAttribute<?> rwx = PosixFilePermissions.asFileAttribute(DIRECTORY);
            Files.createDirectories(dir, rwx);
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Creates {@code file} empty and owner-only; returns false when it was there already. */
    public static boolean createFile(Path file) throws IOException {
        try {
            if (posix()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
                Files.setPosixFilePermissions(file, FILE);
            } else {
                Files.createFile(file);
            }
            return true;
        } catch (FileAlreadyExistsException raced) {
            return false;
        }
    }

    /** A new, empty, owner-only file in {@code dir} whose name starts with {@code prefix}. */
    public static Path createTempFile(Path dir, String prefix) throws IOException {
        Path file = posix()
                ? Files.createTempFile(dir, prefix, ".part", PosixFilePermissions.asFileAttribute(FILE))
                : Files.createTempFile(dir, prefix, ".part");
        if (posix()) {
            Files.setPosixFilePermissions(file, FILE);
        }
        return file;
    }
}
