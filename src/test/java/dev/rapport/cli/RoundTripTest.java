package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What export writes, import reads back, in every format: seeded random customers and
 * interactions whose text holds everything that has broken a format somewhere (backslashes,
 * tabs, line breaks, quotes, delimiters, YAML's words and markers, formula prefixes, astral and
 * combining characters, invisible and control characters, spaces at the ends, empty values) go
 * into a database from a file written by Jackson, not by rapport; then, for each format, export,
 * import into a fresh database, and export again gives the same bytes, and every value is the
 * original (free text stripped at its ends, as rapport keeps it).
 */
class RoundTripTest {

    private static final List<String> FORMATS = List.of("csv", "tsv", "json", "yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, Object>>> RECORDS = new TypeReference<>() { };

    @TempDir
    Path home;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void customers_and_interactions_survive_export_and_import_in_every_format(long seed) throws IOException {
        Random random = new Random(seed);
        List<Map<String, Object>> customers = customers(random, 40);
        // Written in the order export lists them: a contact's id is its database's own number, given
        // in the order of the file it came from, so the copy numbers them as the original did.
        List<Map<String, Object>> interactions = interactions(random, customers, 80).stream()
                .sorted(Comparator.comparing((Map<String, Object> i) -> (String) i.get("customer"))
                        .thenComparing(i -> (String) i.get("at")))
                .toList();
        Rapport rapport = new Rapport(home);
        String original = home.resolve("original.db").toString();
        Path customersFile = Files.writeString(home.resolve("customers.json"), JSON.writeValueAsString(customers));
        Path historyFile = Files.writeString(home.resolve("history.json"), JSON.writeValueAsString(interactions));

        ok(rapport.run("--db", original, "import", "customers", customersFile.toString()));
        ok(rapport.run("--db", original, "import", "interactions", historyFile.toString()));

        List<Map<String, Object>> expectedCustomers = customers.stream().map(RoundTripTest::asKept).toList();
        List<Map<String, Object>> expectedHistory = new ArrayList<>();
        for (Map<String, Object> contact : interactions) {
            Map<String, Object> kept = new LinkedHashMap<>(asKept(contact));
            kept.put("id", expectedHistory.size() + 1);
            expectedHistory.add(kept);
        }
        assertThat(records(rapport, original, "customers")).as("customers read from Jackson's JSON")
                .containsExactlyInAnyOrderElementsOf(expectedCustomers);
        assertThat(records(rapport, original, "interactions")).as("interactions read from Jackson's JSON")
                .isEqualTo(expectedHistory);

        for (String format : FORMATS) {
            String copy = home.resolve("copy-" + format + ".db").toString();
            for (String what : List.of("customers", "interactions")) {
                Path file = home.resolve(what + "-export." + format);
                ok(rapport.run("--db", original, "export", what, "--format", format, "-o", file.toString()));

                var imported = rapport.run("--db", copy, "import", what, file.toString());
                var again = rapport.run("--db", copy, "export", what, "--format", format);

                assertThat(imported.status()).as(format + " " + what + ": " + imported).isZero();
                assertThat(again.out()).as(format + " " + what + " exported again").isEqualTo(Files.readString(file));
            }
            assertThat(records(rapport, copy, "customers")).as(format + " customers")
                    .containsExactlyInAnyOrderElementsOf(expectedCustomers);
            assertThat(records(rapport, copy, "interactions")).as(format + " interactions").isEqualTo(expectedHistory);
        }
    }

    // The records, as written and as rapport keeps them.

    private static List<Map<String, Object>> customers(Random random, int n) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", "C" + i);
            c.put("name", text(random) + " n" + i);
            for (String field : List.of("company", "phone", "street", "city", "region", "postal_code", "country",
                    "industry", "size", "owner", "needs", "notes")) {
                c.put(field, text(random));
            }
            c.put("email", random.nextInt(3) == 0 ? "" : pick(random, "ann.lee", "jürgen.müller", "o'brien+x", "li_na") + i
                    + "@Example.ORG");
            c.put("tier", pick(random, "key", "major", "ordinary", "small"));
            c.put("timezone", pick(random, "", "Europe/Berlin", "Asia/Shanghai", "America/New_York"));
            c.put("preferred_channel", pick(random, "", "call", "visit", "email"));
            c.put("preferred_days", pick(random, "", "Tue,Thu"));
            c.put("preferred_hours", pick(random, "", "09:00-12:00"));
            c.put("listening_style", pick(random, "", "serious", "casual", "active", "cooperative"));
            c.put("tags", tags(random));
            c.put("status", pick(random, "active", "paused"));
            c.put("since", LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2500)).toString());
            c.put("cadence", pick(random, "", "call=2 weeks", "call=2 weeks;visit=never"));
            c.put("last_contacted", pick(random, "", "2026-10-21", "*=2026-09-01;call=2026-10-12;visit=2026-06-30"));
            all.add(c);
        }
        return all;
    }

    private static List<Map<String, Object>> interactions(Random random, List<Map<String, Object>> customers, int n) {
        List<Map<String, Object>> all = new ArrayList<>();
        Set<String> times = new LinkedHashSet<>();
        while (all.size() < n) {
            String customer = (String) customers.get(random.nextInt(customers.size())).get("id");
            String at = LocalDateTime.of(2025, 1, 1, 8, 0).plusMinutes(random.nextInt(680 * 24 * 60)).toString();
            if (!times.add(customer + at)) {
                continue; // one contact a minute per customer, so that the export's order is the file's
            }
            boolean in = random.nextBoolean();
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("customer", customer);
            i.put("at", at);
            i.put("channel", pick(random, "call", "email", "visit", "letter"));
            i.put("direction", in ? "in" : "out");
            i.put("outcome", in ? pick(random, "reached", "received") : pick(random, "reached", "missed", "voicemail", "sent"));
            i.put("kind", pick(random, "routine", "needs", "sale", "follow-up"));
            i.put("note", text(random));
            i.put("satisfaction", pick(random, "", "1", "3", "5"));
            i.put("logged_by", text(random));
            all.add(i);
        }
        return all;
    }

    /** The record as rapport keeps it: free text without spaces at its ends, the e-mail's domain in lower case. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> asKept(Map<String, Object> written) {
        Map<String, Object> kept = new LinkedHashMap<>();
        written.forEach((field, value) -> kept.put(field, value instanceof List<?> list
                ? ((List<String>) list).stream().map(String::strip).toList()
                : field.equals("email") ? ((String) value).replace("@Example.ORG", "@example.org") : ((String) value).strip()));
        // Exported as JSON, a missing value is null.
        kept.replaceAll((field, value) -> "".equals(value) ? null : value);
        return kept;
    }

    // Seeded random text.

    /** Pieces that have broken a CSV, TSV, JSON or YAML reader or writer somewhere. */
    private static final String[] PIECES = {
        "a", "Zoë", "7", " ", "  ", "\\", "\\\\", "\\t", "\\n", "\\r", "\\N", "\t", "\n", "\r", "\r\n", "\n\n",
        "\"", "\"\"", "'", ",", ";", ":", ": ", " #", "#", "=", "+", "-", "@", "*", "&", "!", "%", "|", ">", "{", "}",
        "[", "]", "?", "~", "`", "é", "ß", "中文", "عربى", "e\u0301", "😀", "𝄞", "👩‍💻", "\u00a0", "\u200b", "\u2028",
        "\u0085", "\ufeff", "\u001b[31m", "\u0007", "\u007f", "null", "true", "NO", "0x1F", "1e3", ".inf", "- item",
        "---", "...", "::: x", "* y", "<b>", "%s", "${HOME}",
    };

    private static String text(Random random) {
        if (random.nextInt(6) == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (random.nextInt(4) == 0) {
            text.append(pick(random, "=", "+", "-", "@", " ", "\"", "'", "\t", "\\", "#", "- "));
        }
        for (int k = random.nextInt(8); k >= 0; k--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    /** Up to three different tags, without the separators ; and , that a list of tags is split at. */
    private static List<String> tags(Random random) {
        Set<String> tags = new LinkedHashSet<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            String tag = text(random).replace(';', '.').replace(',', '.').strip();
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return List.copyOf(tags);
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    // Helpers.

    /** Every record of the database as its JSON export, read by Jackson. */
    private static List<Map<String, Object>> records(Rapport rapport, String db, String what) throws IOException {
        var run = rapport.run("--db", db, "export", what, "--format", "json");
        ok(run);
        return JSON.readValue(run.out(), RECORDS);
    }

    private static void ok(Rapport.Run run) {
        assertThat(run.status()).as(run.toString()).isZero();
    }
}
