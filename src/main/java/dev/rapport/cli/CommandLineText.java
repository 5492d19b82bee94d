package dev.rapport.cli;

import java.util.List;
import java.util.regex.Pattern;

/** A command line as the journal shows it: {@code rapport log C0004 --note 'late delivery'}, quoted as a shell would need it. */
final class CommandLineText {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}@%+=:,./_-]+");

    private CommandLineText() {
    }

    static String of(List<String> args) {
        StringBuilder line = new StringBuilder("rapport");
        for (String arg : args) {
            line.append(' ').append(PLAIN.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return line.toString();
    }
}
