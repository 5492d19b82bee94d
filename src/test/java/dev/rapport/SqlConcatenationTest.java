package dev.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No SQL is built by concatenating values: the sources are read, and every chain of {@code +}
 * that holds a string that looks like SQL may join it only with other literals and constants
 * ({@code UPPER_CASE} names). Values go in as {@code ?} parameters. The few places that build SQL
 * from program-made fragments are listed below, each with why it is safe; anything else fails
 * with its file, line and operand. {@code String.format} and {@code formatted} of SQL fail too.
 */
class SqlConcatenationTest {

    private static final Path MAIN = Path.of("src/main/java");

    /** Reviewed exceptions: file name and operand, and why the operand cannot carry user input. */
    private static final Map<String, String> REVIEWED = Map.ofEntries(
            Map.entry("Migrator.java: target", "an int loop counter: a pragma takes no parameter"),
            Map.entry("SqliteBulkLoads.java: index", "the name of one of Schema's own index constants"),
            Map.entry("SqliteCustomerStore.java: where", "built from constant fragments with ? placeholders only"),
            Map.entry("SqliteCustomerStore.java: sql", "one of the class's own constant statements, with a ? for the limit"),
            Map.entry("SqliteCustomerStore.java: marks", "a run of ? placeholders, one per constant column"),
            Map.entry("SqliteCustomerStore.java: keys", "the constant column names of CustomerField, each with = ? in an update"),
            Map.entry("SqliteReportStore.java: group", "a column name, tier or owner, chosen by the ReportGroup enum"),
            Map.entry("SqliteReportStore.java: CLOCK_RESTARTING.marks", "a run of ? placeholders, one per outcome that restarts a clock"),
            Map.entry("SqliteInteractionStore.java: CLOCK_RESTARTING.marks", "a run of ? placeholders, one per outcome that restarts a clock"),
            Map.entry("SqliteScheduleStore.java: CLOCK_RESTARTING.marks", "a run of ? placeholders, one per outcome that restarts a clock"),
            Map.entry("SqliteTriggerSuspension.java: trigger", "the name in one of the trigger definitions of SqliteTallies, Schema or the journal"),
            Map.entry("SqliteTriggerSuspension.java: tally.getKey", "the name of one of SqliteTallies' own tally tables"),
            Map.entry("SqliteTriggerSuspension.java: tally.getValue", "one of SqliteTallies' own constant counting queries"),
            Map.entry("SqliteTallies.java: CLOCK_RESTARTING.marks", "a run of ? placeholders, one per outcome that restarts a clock"),
            Map.entry("SqliteComplaintStore.java: COMPLAINT.literals", "the obligation type of complaints, from the domain, as an SQL literal (InList doubles quotes)"),
            Map.entry("SqliteJournal.java: quoted", "the journal's trigger SQL, made from the schema's own table and column names (quoted as identifiers) and SQL literals of them"),
            Map.entry("SqliteJournal.java: literal", "the journal's trigger SQL, made from the schema's own table and column names (quoted as identifiers) and SQL literals of them"),
            Map.entry("SqliteJournal.java: value", "the journal's trigger SQL, made from the schema's own table and column names (quoted as identifiers) and SQL literals of them"),
            Map.entry("SqliteJournal.java: table", "the journal's trigger SQL, made from the schema's own table and column names (quoted as identifiers) and SQL literals of them"),
            Map.entry("SqliteJournal.java: change", "the journal's trigger SQL, made from the schema's own table and column names (quoted as identifiers) and SQL literals of them"),
            Map.entry("SqliteJournal.java: customer", "the journal's trigger SQL, made from the schema's own table and column names (quoted as identifiers) and SQL literals of them"),
            Map.entry("SqliteJournal.java: where", "the journal's trigger SQL, made from the schema's own table and column names (quoted as identifiers) and SQL literals of them"),
            Map.entry("SqliteJournal.java: of", "the journal's trigger SQL, made from the schema's own table and column names (quoted as identifiers) and SQL literals of them"),
            Map.entry("SqliteJournal.java: changedAny", "the journal's trigger SQL, made from the schema's own table and column names (quoted as identifiers) and SQL literals of them"),
            Map.entry("SqliteJournal.java: moved", "the journal's trigger SQL, made from the schema's own table and column names (quoted as identifiers) and SQL literals of them"),
            Map.entry("SqliteJournal.java: assignments", "the journal's trigger SQL, made from the schema's own table and column names (quoted as identifiers) and SQL literals of them"),
            Map.entry("SqliteJournal.java: values", "the journal's trigger SQL, made from the schema's own table and column names (quoted as identifiers) and SQL literals of them"),
            Map.entry("SqliteJournal.java: String.join", "the journal's trigger SQL, made from the schema's own table and column names (quoted as identifiers) and SQL literals of them"),
            Map.entry("SqliteBulkLoads.java: table", "customer or interaction, chosen by a switch over the two tables a bulk load fills"),
            Map.entry("SqliteCopies.java: version", "an int read from the backup's own user_version: a pragma takes no parameter"),
            Map.entry("SqliteTableCopy.java: ", "VIEW or TABLE, chosen by the type sqlite_schema gives"),
            Map.entry("SqliteTableCopy.java: quoted", "a table name from sqlite_schema, quoted as an identifier"),
            Map.entry("SqliteTableCopy.java: schema", "main or backup, the names restore attached the databases under"),
            Map.entry("SqliteTableCopy.java: where", "one of the class's own constant conditions on sqlite_schema"));

    private static final Pattern SQL = Pattern.compile(
            "\\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE|DROP|ALTER TABLE|PRAGMA|VACUUM|ATTACH|WHERE|ORDER BY|GROUP BY|VALUES|JOIN|LIMIT)\\b");
    private static final Pattern CONSTANT = Pattern.compile("([A-Za-z_$][\\w$]*\\.)*[A-Z][A-Z0-9_]*");

    @Test
    void no_sql_is_built_by_concatenating_values() throws IOException {
        List<String> offenders = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                offenders.addAll(offenders(file.getFileName().toString(), Files.readString(file), used));
            }
        }
        assertThat(offenders).as("SQL built from values; bind them as ? parameters").isEmpty();
        assertThat(REVIEWED.keySet()).as("reviewed exceptions that no longer occur: remove them").isSubsetOf(used);
    }

    @Test
    void the_scan_finds_what_it_is_for() {
        String source = """
                class X {
                    void a(String name, int n) {
                        db.query("SELECT * FROM customer WHERE name = '" + name + "'");
                        db.execute(String.format("DELETE FROM customer WHERE id = %s", name));
                        db.query("SELECT " + COLUMNS + " FROM customer WHERE id = ?", name);
                        db.update("read customer " + name, "UPDATE customer SET tier = ? WHERE id = ?", tier, name);
                        String sql = "SELECT id FROM customer ORDER BY " + order(n);
                    }
                }
                """;
        assertThat(offenders("X.java", source)).containsExactlyInAnyOrder(
                "X.java:3: name", "X.java:4: String.format", "X.java:7: order(…)");
    }

    /** What joins SQL-looking literals in {@code source}, as "file:line: operand". */
    static List<String> offenders(String file, String source) {
        return offenders(file, source, new java.util.HashSet<>());
    }

    static List<String> offenders(String file, String source, java.util.Set<String> used) {
        List<Token> tokens = lex(source);
        List<String> found = new ArrayList<>();
        // Chains of operands joined by +: each operand is a literal, a name or a call.
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if ((t.text.equals("format") || t.text.equals("formatted")) && i + 1 < tokens.size() && tokens.get(i + 1).text.equals("(")) {
                int close = matching(tokens, i + 1);
                boolean sql = tokens.subList(i + 1, close).stream().anyMatch(x -> x.literal && SQL.matcher(x.text).find()
                        && x.text.contains("%"));
                String name = t.text.equals("format") ? "String.format" : "formatted";
                if (sql) {
                    found.add(file + ":" + t.line + ": " + name);
                }
            }
            i++;
        }
        // Every place a chain can start, also inside the arguments of a call that is itself an operand.
        for (int k = 0; k < tokens.size(); k++) {
            if (k > 0 && !tokens.get(k - 1).literal && (tokens.get(k - 1).text.equals("+") || tokens.get(k - 1).text.equals("."))) {
                continue; // inside a chain, or a name, that started earlier
            }
            if (k > 0 && tokens.get(k).text.equals("(") && !tokens.get(k - 1).literal
                    && Character.isJavaIdentifierPart(tokens.get(k - 1).text.charAt(0))) {
                continue; // the arguments of a call: their chains start inside
            }
            List<Operand> chain = new ArrayList<>();
            Operand op = operand(tokens, k);
            while (op != null) {
                chain.add(op);
                int next = op.end;
                if (next + 1 < tokens.size() && tokens.get(next).text.equals("+") && !tokens.get(next).literal
                        && !tokens.get(next + 1).text.equals("+") && !tokens.get(next + 1).text.equals("=")) {
                    op = operand(tokens, next + 1);
                } else {
                    op = null;
                }
            }
            report(file, chain, found, used);
        }
        return found;
    }

    private static void report(String file, List<Operand> chain, List<String> found, java.util.Set<String> used) {
        if (chain.size() < 2 || chain.stream().noneMatch(o -> o.literal && SQL.matcher(o.text).find())) {
            return;
        }
        for (Operand o : chain) {
            boolean safe = o.literal || o.number || CONSTANT.matcher(o.text).matches();
            String name = o.text.replaceAll("\\(…\\)$", "");
            if (!safe && REVIEWED.containsKey(file + ": " + name)) {
                used.add(file + ": " + name);
            } else if (!safe) {
                found.add(file + ":" + o.line + ": " + o.text);
            }
        }
    }

    private record Operand(String text, boolean literal, boolean number, int line, int end) {
    }

    /** The operand starting at token {@code k}: a literal, a (qualified) name, a call, or a bracketed expression. */
    private static Operand operand(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.literal) {
            return new Operand(t.text, true, false, t.line, k + 1);
        }
        if (Character.isDigit(t.text.charAt(0))) {
            return new Operand(t.text, false, true, t.line, k + 1);
        }
        if (t.text.equals("(")) {
            return new Operand("(…)", false, false, t.line, matching(tokens, k) + 1);
        }
        if (!Character.isJavaIdentifierStart(t.text.charAt(0))) {
            return null;
        }
        StringBuilder name = new StringBuilder(t.text);
        int j = k + 1;
        while (j + 1 < tokens.size() && tokens.get(j).text.equals(".") && Character.isJavaIdentifierStart(tokens.get(j + 1).text.charAt(0))) {
            name.append('.').append(tokens.get(j + 1).text);
            j += 2;
        }
        boolean call = j < tokens.size() && tokens.get(j).text.equals("(");
        if (call) {
            j = matching(tokens, j) + 1;
            // a chained call, a.b().c(), is one operand
            while (j + 1 < tokens.size() && tokens.get(j).text.equals(".")) {
                j += 2;
                if (j < tokens.size() && tokens.get(j).text.equals("(")) {
                    j = matching(tokens, j) + 1;
                }
            }
            return new Operand(name + "(…)", false, false, t.line, j);
        }
        return new Operand(name.toString(), false, false, t.line, j);
    }

    private static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int j = open; j < tokens.size(); j++) {
            String s = tokens.get(j).literal ? "" : tokens.get(j).text;
            if (s.equals("(")) {
                depth++;
            } else if (s.equals(")") && --depth == 0) {
                return j;
            }
        }
        return tokens.size() - 1;
    }

    private record Token(String text, boolean literal, int line) {
    }

    /** Java source as tokens: string and text-block literals (their content), names, numbers, symbols; no comments. */
    private static List<Token> lex(String s) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                line += count(s, i, end);
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end;
                tokens.add(new Token(s.substring(i + 3, end), true, line));
                line += count(s, i, end);
                i = Math.min(s.length(), end + 3);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                tokens.add(new Token(s.substring(i + 1, Math.min(j, s.length())), true, line));
                i = j + 1;
            } else if (Character.isJavaIdentifierPart(c)) {
                int j = i;
                while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
                    j++;
                }
                tokens.add(new Token(s.substring(i, j), false, line));
                i = j;
            } else {
                tokens.add(new Token(String.valueOf(c), false, line));
                i++;
            }
        }
        return tokens;
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += s.charAt(i) == '\n' ? 1 : 0;
        }
        return n;
    }
}
