package dev.rapport.domain;

/**
 * A value that the domain does not accept: a period that does not parse, an e-mail without a
 * domain, a tier the policy does not know. The message is a sentence meant for the user.
 */
public class InvalidValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message);
    }
}
