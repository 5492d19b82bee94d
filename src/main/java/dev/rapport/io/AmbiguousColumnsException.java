package dev.rapport.io;

import dev.rapport.domain.InvalidValueException;

/**
 * A header with two columns for one thing ({@code Name} and {@code name}; {@code email} and
 * {@code E-mail 1 - Value}): bad data in the file, where a wrong {@code --map} is a bad option.
 */
public final class AmbiguousColumnsException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    AmbiguousColumnsException(String message) {
        super(message);
    }
}
