package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.terminal.DisplayWidth;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output that fits: the terminal's width, double-width characters, colours, dates, and what goes where. */
class OutputFitTest {

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void setUp() {
        rapport = new Rapport(home).env("RAPPORT_TODAY", "2026-11-23");
        rapport.run("customer", "add", "王芳", "--id", "C1", "--company", "上海星辰贸易有限公司", "--tier", "key", "--owner", "李伟",
                "--phone", "+86 21 5555 0101", "--since", "2026-01-05");
        rapport.run("customer", "add", "Jürgen Müller", "--id", "C2", "--company", "Müller Präzisionstechnik GmbH und Co. KG",
                "--tier", "key", "--owner", "bernd", "--phone", "+49 711 1234 5678", "--days", "mon,tue,wed,thu,fri",
                "--hours", "9-12", "--timezone", "Europe/Berlin", "--since", "2026-01-05");
    }

    @Test
    void an_agenda_table_fits_a_narrow_terminal_leaving_out_columns_cutting_long_fields_with_an_ellipsis_and_never_wraps_a_row() {
        var run = rapport.env("COLUMNS", "40").run("agenda");
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSizeGreaterThan(3).allMatch(l -> DisplayWidth.of(l) <= 40);
        assertThat(lines.get(0)).doesNotContain("contact", "note");
        assertThat(run.out()).contains("…");
        assertThat(lines.stream().filter(l -> l.contains("[C1") || l.contains("[C2") || l.contains("王") || l.contains("Jü")))
                .as("one line per item").hasSize(4);
    }

    @Test
    void double_width_characters_keep_the_columns_aligned() {
        List<String> rows = rapport.env("COLUMNS", "200").run("agenda").out().lines()
                .filter(l -> l.contains("[C1]") || l.contains("[C2]")).toList();
        assertThat(rows).hasSize(4);
        List<Integer> tierColumns = rows.stream().map(l -> DisplayWidth.of(l.substring(0, l.indexOf(" key") + 1))).distinct().toList();
        assertThat(tierColumns).hasSize(1);
    }

    @Test
    void dates_are_iso_in_machine_formats_and_readable_in_tables() {
        assertThat(rapport.run("agenda", "--format", "csv").out()).contains("\n2026-01-05,C1,").doesNotContain("Jan");
        assertThat(rapport.run("agenda", "--format", "json").out()).contains("\"due\": \"2026-01-05\"");
        assertThat(rapport.run("agenda", "--days", "60", "--format", "tsv").out()).containsPattern("\n2026-\\d\\d-\\d\\d\t");
        rapport.run("log", "C1", "--via", "call", "--out");
        assertThat(rapport.env("COLUMNS", "200").run("agenda", "--days", "40").out()).contains("Wed 23 Dec 2026").doesNotContain("2026-12-23");
    }

    @Test
    void colours_only_on_a_terminal_and_never_with_no_color_or_the_option() {
        rapport.env("COLUMNS", "200");
        assertThat(rapport.run("customer", "list").out()).doesNotContain("\u001b");
        rapport.onTerminal();
        assertThat(rapport.run("customer", "list").out()).contains("\u001b[");
        assertThat(rapport.run("customer", "list", "--no-color").out()).doesNotContain("\u001b");
        assertThat(rapport.env("NO_COLOR", "").run("customer", "list").out()).as("NO_COLOR set but empty").contains("\u001b[");
        assertThat(rapport.env("NO_COLOR", "1").run("customer", "list").out()).doesNotContain("\u001b");
    }

    @Test
    void when_piped_stdout_carries_only_the_data_and_quiet_silences_the_messages() {
        var log = rapport.run("log", "C2", "--via", "call", "--out");
        assertThat(log.out()).isEmpty();
        assertThat(log.err()).contains("Logged");
        var quiet = rapport.run("--quiet", "log", "C2", "--via", "email", "--out");
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err()).isEmpty();
        var list = rapport.run("customer", "list", "--format", "csv");
        assertThat(list.out()).startsWith("id,");
        assertThat(list.err()).isEmpty();
        var failed = rapport.run("next", "NOBODY");
        assertThat(failed.out()).isEmpty();
        assertThat(failed.err()).startsWith("rapport: ");
    }
}
