package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A table too wide for the terminal leaves out its least useful columns, whole, before it cuts
 * what matters: the customer and its id, the days late, the contact's number and date.
 */
class NarrowTablesTest {

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void setUp() {
        rapport = new Rapport(home).env("RAPPORT_TODAY", "2026-11-23");
        rapport.run("customer", "add", "Jürgen Müller", "--id", "C0001", "--company", "Müller Präzisionstechnik GmbH", "--tier", "key",
                "--owner", "bernd", "--phone", "+49 711 4589 2210", "--email", "j.mueller@mueller-praezision.de",
                "--days", "tue,thu", "--hours", "9-12", "--timezone", "Europe/Berlin", "--since", "2025-01-05", "--last-contacted", "2025-06-01");
        rapport.run("customer", "add", "Margaret Sullivan-Whitfield", "--id", "C0002", "--company", "Sullivan Logistics", "--tier", "major",
                "--owner", "bernd", "--phone", "+1 646 555 0147", "--email", "margaret@sullivan-logistics.example",
                "--since", "2025-01-05", "--last-contacted", "2025-08-01");
        rapport.run("customer", "add", "Ana Lima", "--id", "C0003", "--tier", "ordinary", "--owner", "anna",
                "--phone", "+55 11 5555 0199", "--since", "2025-01-05", "--last-contacted", "2025-02-01");
        rapport.run("log", "C0001", "--via", "call", "--out", "--at", "2026-11-20 10:00", "--kind", "needs",
                "--note", "wants the 2027 price list before the frame contract talks", "--satisfaction", "4");
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80})
    void the_agenda_and_overdue_keep_the_customer_id_and_the_days_late_whole(int width) {
        for (String command : List.of("agenda", "overdue")) {
            String table = rapport.env("COLUMNS", String.valueOf(width)).run(command).out();

            assertFits(table, width);
            assertThat(table).contains("[C0002]", "Ana Lima [C0003]", "d late)");
            assertThat(table.lines().findFirst().orElseThrow()).startsWith("customer").contains("via", "reason");
        }
    }

    @Test
    void an_empty_note_column_goes_first() {
        String table = rapport.env("COLUMNS", "80").run("agenda").out();

        assertThat(header(table)).doesNotContain("note").contains("customer", "via", "reason");
    }

    @Test
    void under_owner_the_owner_column_goes_before_the_tier() {
        String table = rapport.env("COLUMNS", "80").run("agenda", "--owner", "bernd").out();

        assertThat(header(table)).doesNotContain("owner").contains("tier", "reason");
        assertThat(table).contains("[C0002]", "d late)");
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80})
    void the_customer_list_keeps_the_id_and_the_name_whole_and_leaves_out_columns_rather_than_cut_them_to_nothing(int width) {
        String table = rapport.env("COLUMNS", String.valueOf(width)).run("customer", "list").out();

        assertFits(table, width);
        assertThat(header(table)).startsWith("id").contains("name");
        assertThat(table).contains("C0002  Margaret Sullivan-Whitfield");
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80})
    void history_keeps_the_number_and_the_date_whole(int width) {
        String table = rapport.env("COLUMNS", String.valueOf(width)).run("history", "C0001").out();

        assertFits(table, width);
        assertThat(header(table)).startsWith("#").contains("when", "via");
        assertThat(table).contains("2026-11-20");
    }

    /** No line wider than the terminal, and no value cut to a stub: a cut value keeps at least a few characters. */
    private static void assertFits(String table, int width) {
        assertThat(table.lines()).allMatch(line -> line.length() <= width, "at most " + width + " wide");
        assertThat(table).doesNotContainPattern("(^|  )\\S{1,3}…");
    }

    private static String header(String table) {
        return table.lines().findFirst().orElse("");
    }
}
