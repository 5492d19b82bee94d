package dev.rapport.scenario;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Malformed input for the fuzz test, from one seeded {@link Random}: random bytes, valid files
 * mutated (truncated, spliced, quotes cut), huge fields, wrong encodings (Latin-1, UTF-16),
 * spreadsheet formulas, control characters, deep YAML nesting, alias bombs and tags.
 */
final class FuzzInputs {

    /** One generated input: its bytes, the file name it gets (the extension picks CSV or YAML) and extra options. */
    record Input(String kind, String fileName, byte[] bytes, List<String> options) {
    }

    private static final List<String> VALUES = List.of("", " ", "Ada", "Jürgen Müller", "王芳", "🙂🙃", "O'Brien",
            "\"quoted\"", "a,b", "a;b", "a\tb", "line\nbreak", "cr\rhere", "=cmd|' /C calc'!A0", "+49 30 1234", "-2+3",
            "@SUM(A1:A9)", "=HYPERLINK(\"http://x\")", "\u001b[31mred", "\u0000", "\u0007bell", "\u202Eevil", "key", "major",
            "small", "ordinary", "nope", "2026-02-30", "2026-11-23", "99999-01-01", "0000-00-00", "-1", "1e9999",
            "x@example.com", "not an email", "@", "call=1 month", "call=99999 years", "visit=P-1M", "call=never", "mon,tue",
            "9-12", "25:00-26:00", "Europe/Berlin", "Mars/Olympus", "active", "archived", "paused", "weird", "%s%n%d",
            "${jndi:ldap://x/a}", "'; DROP TABLE customer;--", "NULL", "null", "~", "true", "0x1F", "\\", "\\N", "…");

    private static final String CUSTOMER_HEADER = "id,name,company,email,phone,tier,owner,since,last_contacted,tags,notes,"
            + "cadence,status,preferred_days,preferred_hours,timezone";
    private static final String INTERACTION_HEADER = "customer,at,channel,direction,outcome,kind,note,satisfaction";

    private static final String SPECIAL = "\"',;\t\n\r:-[]{}&*!#|>%@`\\";

    private final Random random;

    FuzzInputs(Random random) {
        this.random = random;
    }

    Input customers() {
        return table("customers", CUSTOMER_HEADER, 16, this::customerValue);
    }

    Input interactions() {
        return table("interactions", INTERACTION_HEADER, 8, this::interactionValue);
    }

    /** A CSV or YAML table of records: mostly a valid one with values and bytes made hostile. */
    private Input table(String what, String header, int columns, java.util.function.IntFunction<String> value) {
        int choice = random.nextInt(100);
        if (choice < 8) {
            return new Input(what + ": random bytes", "f.csv", bytes(random.nextInt(3000)), List.of());
        }
        if (choice < 12) {
            return new Input(what + ": random bytes", "f.yaml", bytes(random.nextInt(3000)), List.of());
        }
        if (choice < 40) {
            return yaml(what, header, value);
        }
        StringBuilder csv = new StringBuilder(random.nextInt(10) == 0 ? "\uFEFF" : "");
        String delimiter = pick(List.of(",", ",", ",", ";", "\t"));
        csv.append(header.replace(",", delimiter)).append(random.nextBoolean() ? "\n" : "\r\n");
        int rows = random.nextInt(12);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    csv.append(delimiter);
                }
                csv.append(csvField(value.apply(c)));
            }
            csv.append(random.nextInt(8) == 0 ? "\r" : "\n");
        }
        byte[] bytes = encode(csv.toString());
        String kind = what + ": csv";
        if (random.nextInt(5) == 0) {
            bytes = mutate(bytes);
            kind += ", mutated";
        }
        if (random.nextInt(300) == 0) {
            bytes = huge(header.replace(",", delimiter), columns, delimiter);
            kind += ", huge field";
        }
        return new Input(kind, "f.csv", bytes, encodingOption());
    }

    private Input yaml(String what, String header, java.util.function.IntFunction<String> value) {
        String[] keys = header.split(",");
        int choice = random.nextInt(100);
        StringBuilder y = new StringBuilder();
        String kind;
        if (choice < 10) {
            y.append(deepNesting());
            kind = "deep nesting";
        } else if (choice < 20) {
            y.append(aliasBomb());
            kind = "alias bomb";
        } else if (choice < 28) {
            y.append("- !!java.lang.ProcessBuilder [\"touch\", \"/tmp/pwned\"]\n- ").append(keys[0]).append(": !!javax.script.ScriptEngineManager x\n");
            kind = "tags";
        } else {
            int records = random.nextInt(8);
            for (int r = 0; r < records; r++) {
                for (int c = 0; c < keys.length; c++) {
                    if (random.nextInt(3) == 0) {
                        continue;
                    }
                    y.append(c == 0 || y.isEmpty() ? "- " : "  ").append(random.nextInt(30) == 0 ? "unknown" : keys[c]).append(": ")
                            .append(yamlScalar(value.apply(c))).append('\n');
                }
            }
            kind = "records";
        }
        byte[] bytes = encode(y.toString());
        if (random.nextInt(5) == 0) {
            bytes = mutate(bytes);
            kind += ", mutated";
        }
        return new Input(what + ": yaml " + kind, "f.yaml", bytes, encodingOption());
    }

    /** A policy file: the reference policy with values and lines made wrong, or a structural attack. */
    Input policy(String reference) {
        int choice = random.nextInt(100);
        if (choice < 8) {
            return new Input("policy: random bytes", "config.yaml", bytes(random.nextInt(2000)), List.of());
        }
        if (choice < 14) {
            return new Input("policy: deep nesting", "config.yaml", encode("tiers:\n  key:\n    cadence: " + deepNesting()), List.of());
        }
        if (choice < 20) {
            return new Input("policy: alias bomb", "config.yaml", encode(aliasBomb().replace("- ", "x: ")), List.of());
        }
        if (choice < 24) {
            return new Input("policy: tags", "config.yaml",
                    encode("timezone: !!java.lang.ProcessBuilder [\"touch\", \"/tmp/pwned\"]\n"), List.of());
        }
        if (choice < 28) {
            return new Input("policy: utf-16", "config.yaml", reference.getBytes(StandardCharsets.UTF_16), List.of());
        }
        String[] lines = reference.split("\n", -1);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int i = random.nextInt(lines.length);
            String line = lines[i];
            int colon = line.indexOf(':');
            switch (random.nextInt(6)) {
                case 0 -> lines[i] = "";
                case 1 -> lines[i] = colon > 0 ? line.substring(0, colon + 1) + " " + yamlScalar(pick(POLICY_VALUES)) : line;
                case 2 -> lines[i] = line.replaceFirst("\\d+", Integer.toString(random.nextInt(100_000) - 50));
                case 3 -> lines[i] = "\t" + line;
                case 4 -> lines[i] = line + " " + pick(POLICY_VALUES);
                default -> lines[i] = pick(List.of("unknown: 1", "tiers: ~", "tiers: []", "default-tier: nobody", "---",
                        "counts: { key: [call] }", "obligations: { nothing: { within: 1 day } }", "calendar: { workdays: [] }"));
            }
        }
        byte[] bytes = encode(String.join("\n", lines));
        String kind = "policy: edited";
        if (random.nextInt(4) == 0) {
            bytes = mutate(bytes);
            kind += ", mutated";
        }
        return new Input(kind, "config.yaml", bytes, List.of());
    }

    private static final List<String> POLICY_VALUES = List.of("3 mnths", "P-1M", "-5", "99999999 years", "P99999999Y",
            "never", "0 workdays", "[a, b]", "{x: 1}", "~", "\"", "'", "&a x", "*a", "*nothing", "!!str 1 month",
            "!custom x", "2026-02-30", "MONDAYS", "Mars/Olympus", "1e400", "\u0000", "yes", "[", "{", "? complex", "|", ">");

    private String customerValue(int column) {
        String v = pick(VALUES);
        return switch (random.nextInt(10)) {
            case 0 -> v + pick(VALUES);
            case 1 -> column == 0 ? "C" + random.nextInt(50) : v;
            case 2 -> "x".repeat(random.nextInt(5000));
            default -> v;
        };
    }

    private String interactionValue(int column) {
        List<List<String>> valid = List.of(List.of("C1", "C2", "c1@example.com", "nobody"), List.of("2026-11-20", "2026-11-20T10:15",
                "2027-01-01", "yesterday"), List.of("call", "email", "visit", "meeting", "fax"), List.of("in", "out", "inbound", "x"),
                List.of("reached", "missed", "voicemail", "no answer", "??"), List.of("routine", "complaint", "sale", "??"),
                List.of("note"), List.of("1", "5", "0", "9", "x"));
        return random.nextInt(3) == 0 ? pick(VALUES) : pick(valid.get(column));
    }

    private String csvField(String v) {
        if (random.nextInt(25) == 0) {
            return "\"" + v.replace("\"", random.nextBoolean() ? "\"\"" : "\"") + (random.nextInt(10) == 0 ? "" : "\"");
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private String yamlScalar(String v) {
        boolean control = v.chars().anyMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0));
        int choice = control && random.nextInt(10) != 0 ? 0 : random.nextInt(4);
        return switch (choice) {
            case 0 -> "\"" + escapeYaml(v) + "\"";
            case 1 -> "'" + v.replace("'", "''") + "'";
            case 2 -> pick(List.of("[" + v + ", x]", "{a: " + v + "}", "&anchor " + v, "*anchor", "!!str " + v, "|\n    " + v));
            default -> v;
        };
    }

    private static String escapeYaml(String v) {
        StringBuilder out = new StringBuilder();
        for (char c : v.toCharArray()) {
            if (c == '\\' || c == '"') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String deepNesting() {
        int depth = 10 + random.nextInt(random.nextBoolean() ? 100 : 20_000);
        return random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth) + "\n" : "{a: ".repeat(depth) + "1" + "}".repeat(depth) + "\n";
    }

    /** The billion laughs: each level an alias list of the level before. */
    private String aliasBomb() {
        StringBuilder y = new StringBuilder("- a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        int levels = 3 + random.nextInt(8);
        for (int i = 1; i < levels; i++) {
            y.append("  a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 9; k++) {
                y.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            y.append("]\n");
        }
        return y.toString();
    }

    /** The text in UTF-8, or now and then in an encoding the importer was not told about. */
    private byte[] encode(String text) {
        int choice = random.nextInt(40);
        Charset charset = choice == 0 ? StandardCharsets.ISO_8859_1 : choice == 1 ? StandardCharsets.UTF_16
                : choice == 2 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
        return text.getBytes(charset);
    }

    private List<String> encodingOption() {
        int choice = random.nextInt(20);
        return choice == 0 ? List.of("--encoding", "windows-1252") : choice == 1 ? List.of("--encoding", "UTF-16") : List.of();
    }

    /** Cuts, splices, flips and inserts bytes: truncated quotes, broken UTF-8, NULs. */
    private byte[] mutate(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] b = in.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(5)) {
                case 0 -> b = java.util.Arrays.copyOf(b, at); // truncated
                case 1 -> b[at] = (byte) random.nextInt(256);
                case 2 -> b[at] = (byte) SPECIAL.charAt(random.nextInt(SPECIAL.length()));
                case 3 -> {
                    out.reset();
                    out.write(b, 0, at);
                    out.writeBytes(bytes(1 + random.nextInt(8)));
                    out.write(b, at, b.length - at);
                    b = out.toByteArray();
                }
                default -> {
                    int len = Math.min(b.length - at, random.nextInt(200));
                    out.reset();
                    out.write(b, 0, at + len);
                    out.write(b, at, b.length - at); // a stretch repeated
                    b = out.toByteArray();
                }
            }
        }
        return b;
    }

    private byte[] huge(String header, int columns, String delimiter) {
        StringBuilder text = new StringBuilder(header).append('\n');
        text.append("H1").append(delimiter).append("x".repeat(1_000_000 + random.nextInt(2_000_000)));
        text.append(delimiter.repeat(columns - 2)).append('\n');
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
