package dev.rapport.terminal;

/** Colours and emphasis on a terminal, or plain text where colours are off. */
public final class Style {

    private static final String RESET = "\u001b[0m";

    private final boolean colour;

    public Style(boolean colour) {
        this.colour = colour;
    }

    public static Style plain() {
        return new Style(false);
    }

    public boolean colour() {
        return colour;
    }

    public String header(String text) {
        return colour ? "\u001b[1;4m" + text + RESET : text;
    }

    public String bold(String text) {
        return colour ? "\u001b[1m" + text + RESET : text;
    }

    public String warning(String text) {
        return colour ? "\u001b[31m" + text + RESET : text;
    }

    public String dim(String text) {
        return colour ? "\u001b[2m" + text + RESET : text;
    }
}
