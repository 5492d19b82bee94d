package dev.rapport.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.Listing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tables for people: aligned, fitted to the line, and drawn as their rows come, in bounded memory. */
class TableRendererTest {

    private static final List<String> COLUMNS = List.of("customer", "owner", "note");

    @Test
    void a_table_drawn_as_its_rows_come_looks_as_one_drawn_from_all_its_rows() {
        Listing listing = Listing.of(COLUMNS);
        for (int i = 0; i < 40; i++) {
            listing.add(List.of("Customer " + "x".repeat(i % 7) + " [C" + i + "]", i % 3 == 0 ? "anna" : "bernd-maria",
                    "note ".repeat(i % 11)));
        }
        TableRenderer renderer = new TableRenderer(60, Style.plain());

        StringBuilder streamed = new StringBuilder();
        try (TableRenderer.Table table = renderer.open(COLUMNS, streamed)) {
            for (int i = 0; i < listing.rows().size(); i++) {
                table.add(listing.rows().get(i), i == 0 ? "Overdue" : i == 20 ? "Today" : null, i % 5 == 0);
            }
        }

        assertThat(streamed.toString()).isEqualTo(renderer.render(listing, Map.of(0, "Overdue", 20, "Today"),
                Set.of(0, 5, 10, 15, 20, 25, 30, 35)));
    }

    @Test
    void the_first_rows_are_drawn_once_they_have_sized_the_columns_and_every_later_row_at_once() {
        StringBuilder out = new StringBuilder();
        TableRenderer.Table table = new TableRenderer(Integer.MAX_VALUE, Style.plain()).open(COLUMNS, out);
        for (int i = 1; i < TableRenderer.WINDOW; i++) {
            table.add(List.of("C" + i, "anna", ""));
        }
        assertThat(out).isEmpty();

        table.add(List.of("C" + TableRenderer.WINDOW, "anna", ""));
        assertThat(out.toString().lines()).hasSize(2 + TableRenderer.WINDOW);
        table.add(List.of("C1001", "anna", "a later note"));
        assertThat(out.toString().lines()).hasSize(3 + TableRenderer.WINDOW);
        table.close();
        assertThat(out.toString().lines()).hasSize(3 + TableRenderer.WINDOW);
    }

    @Test
    void a_row_after_the_first_ones_is_fitted_to_their_widths_ending_in_an_ellipsis() {
        StringBuilder out = new StringBuilder();
        try (TableRenderer.Table table = new TableRenderer(Integer.MAX_VALUE, Style.plain()).open(COLUMNS, out)) {
            for (int i = 0; i < TableRenderer.WINDOW; i++) {
                table.add(List.of("Ann [C" + (i % 10) + "]", "anna", "call back"));
            }
            table.add(List.of("Bartholomew Longname [C1001]", "anna", "a note much longer than the first ones"));
        }

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("customer  owner  note");
        assertThat(lines.get(2)).isEqualTo("Ann [C0]  anna   call back");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Barthol…  anna   a note m…");
    }

    @Test
    void a_table_of_no_rows_is_its_header() {
        StringBuilder out = new StringBuilder();
        new TableRenderer(80, Style.plain()).open(COLUMNS, out).close();

        assertThat(out.toString()).isEqualTo("customer  owner  note\n--------  -----  ----\n");
        assertThat(out.toString()).isEqualTo(new TableRenderer(80, Style.plain()).render(Listing.of(COLUMNS)));
    }

    @Test
    void rows_of_many_long_values_are_drawn_before_a_thousand_have_come() {
        StringBuilder out = new StringBuilder();
        List<List<String>> rows = new ArrayList<>();
        try (TableRenderer.Table table = new TableRenderer(Integer.MAX_VALUE, Style.plain()).open(COLUMNS, out)) {
            for (int i = 0; i < 200 && out.length() == 0; i++) {
                List<String> row = List.of("C" + i, "anna", "n".repeat(9_000));
                rows.add(row);
                table.add(row);
            }
        }

        assertThat(rows.size()).as("rows held before the first were drawn").isLessThan(200);
    }
}
