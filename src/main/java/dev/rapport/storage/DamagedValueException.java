package dev.rapport.storage;

import dev.rapport.app.DamagedRow;

/**
 * What a row mapper throws for a stored value that does not read. It stays inside the storage
 * package: {@link SqliteErrors#damaged} turns it into the user's sentence where SQL errors are
 * translated, and {@code check} collects it row by row instead.
 */
public final class DamagedValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient DamagedRow damage;

    public DamagedValueException(DamagedRow damage, Throwable cause) {
        super(damage.describe(), cause);
        this.damage = damage;
    }

    public DamagedRow damage() {
        return damage;
    }
}
