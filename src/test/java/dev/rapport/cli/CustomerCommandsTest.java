package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerCommandsTest {

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void setUp() {
        rapport = new Rapport(home);
    }

    @Test
    void a_customer_added_with_every_field_shows_them_all_and_the_cadence_that_applies() {
        var add = rapport.run("customer", "add", "Jürgen Müller", "--id", "C1", "--company", "Müller GmbH",
                "--email", "J.Mueller@Example.DE", "--phone", "+49 711 1234", "--street", "Königstraße 1",
                "--city", "Stuttgart", "--region", "BW", "--postal-code", "70173", "--country", "DE",
                "--industry", "machinery", "--size", "250-999", "--tier", "key", "--owner", "bernd",
                "--timezone", "Europe/Berlin", "--channel", "visit", "--days", "tue,thu", "--hours", "9-12",
                "--style", "serious", "--tags", "oem;eu", "--needs", "spare parts", "--notes", "likes detail",
                "--since", "2024-02-12", "--cadence", "visit=2 months", "--last-contacted", "2026-10-21");
        assertThat(add.status()).as(add.toString()).isZero();
        assertThat(add.err()).isEqualTo("Added C1 (Jürgen Müller), tier key\n");

        var show = rapport.run("customer", "show", "C1");
        assertThat(show.status()).isZero();
        assertThat(show.out())
                .contains("J.Mueller@example.de")
                .contains("Königstraße 1")
                .contains("Europe/Berlin")
                .containsPattern("preferred_days +Tue,Thu")
                .containsPattern("preferred_hours +09:00-12:00")
                .containsPattern("listening_style +serious")
                .containsPattern("cadence\\.call +1 month \\(tier key\\)")
                .containsPattern("cadence\\.visit +2 months \\(override\\)");
    }

    @Test
    void without_an_id_the_key_is_the_email_else_a_slug_of_name_and_company() {
        assertThat(rapport.run("customer", "add", "Ann Lee", "--email", "Ann@Example.com").err())
                .isEqualTo("Added ann@example.com (Ann Lee), tier ordinary\n");
        assertThat(rapport.run("customer", "add", "Björn Weiß", "--company", "Weiß & Söhne").err())
                .isEqualTo("Added bjorn-weiss-weiss-sohne (Björn Weiß), tier ordinary\n");
    }

    @Test
    void a_customer_is_found_by_id_email_or_the_start_of_its_name() {
        rapport.run("customer", "add", "Wang Fang", "--id", "C2", "--email", "wang@xc.cn");
        rapport.run("customer", "add", "Wang Wei", "--id", "C3");
        assertThat(rapport.run("customer", "show", "wang@xc.cn").out()).contains("Wang Fang");
        assertThat(rapport.run("customer", "show", "wang f").out()).contains("C2");

        var ambiguous = rapport.run("customer", "show", "wang");
        assertThat(ambiguous.status()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("matches several customers").contains("C2").contains("C3");
    }

    @Test
    void list_filters_by_tier_owner_status_tag_and_text() {
        rapport.run("customer", "add", "A", "--id", "A1", "--tier", "key", "--owner", "anna", "--tags", "eu;oem");
        rapport.run("customer", "add", "B", "--id", "B1", "--tier", "small", "--owner", "bernd", "--tags", "apac");
        rapport.run("customer", "add", "C", "--id", "C1", "--tier", "small", "--owner", "anna", "--company", "Oemtec");
        rapport.run("customer", "archive", "C1");

        assertThat(ids("--tier", "small")).containsExactly("B1", "C1");
        assertThat(ids("--owner", "anna")).containsExactly("A1", "C1");
        assertThat(ids("--status", "active")).containsExactly("A1", "B1");
        assertThat(ids("--tag", "oem")).containsExactly("A1");
        assertThat(ids("--search", "oem")).containsExactly("C1");
        assertThat(ids("--tier", "small", "--owner", "anna")).containsExactly("C1");
    }

    private java.util.List<String> ids(String... filter) {
        String[] args = new String[filter.length + 4];
        args[0] = "customer";
        args[1] = "list";
        System.arraycopy(filter, 0, args, 2, filter.length);
        args[args.length - 2] = "--format";
        args[args.length - 1] = "tsv";
        var run = rapport.run(args);
        assertThat(run.status()).as(run.toString()).isZero();
        return run.out().lines().skip(1).map(l -> l.split("\t", -1)[0]).toList();
    }

    @Test
    void list_as_csv_has_a_header_of_stable_columns_and_quotes_what_needs_quoting() {
        rapport.run("customer", "add", "Dupont, Marie", "--id", "F1", "--notes", "said \"non\"\nthen yes");
        var csv = rapport.run("customer", "list", "--format", "csv");
        assertThat(csv.out()).startsWith("id,name,company,email,phone,street,city,region,postal_code,country,"
                + "industry,size,tier,owner,timezone,preferred_channel,preferred_days,preferred_hours,"
                + "listening_style,tags,needs,notes,status,since,cadence,last_contacted\r\n");
        assertThat(csv.out()).contains("F1,\"Dupont, Marie\",").contains("\"said \"\"non\"\"\nthen yes\"");
        assertThat(csv.err()).isEmpty();
    }

    @Test
    void list_as_json_is_an_array_of_objects() {
        rapport.run("customer", "add", "王芳", "--id", "C8", "--tags", "apac;import");
        assertThat(rapport.run("customer", "list", "--format", "json").out())
                .startsWith("[\n  {\"id\": \"C8\", \"name\": \"王芳\"")
                .contains("\"tags\": [\"apac\", \"import\"]");
    }

    @Test
    void a_table_aligns_chinese_names_by_display_width_and_fits_the_terminal() {
        rapport.env("COLUMNS", "60");
        rapport.run("customer", "add", "王芳", "--id", "C1", "--company", "上海星辰贸易有限公司");
        rapport.run("customer", "add", "Jürgen Müller", "--id", "C2", "--company", "Müller Präzisionstechnik GmbH und Co. KG");
        var lines = rapport.run("customer", "list").out().lines().toList();
        assertThat(lines).allMatch(l -> dev.rapport.terminal.DisplayWidth.of(l) <= 60);
        int tierColumn = dev.rapport.terminal.DisplayWidth.of(lines.get(2).substring(0, lines.get(2).indexOf("ordinary")));
        int tierColumn2 = dev.rapport.terminal.DisplayWidth.of(lines.get(3).substring(0, lines.get(3).indexOf("ordinary")));
        assertThat(tierColumn).isEqualTo(tierColumn2);
        assertThat(lines.get(3)).contains("…");
    }

    @Test
    void edit_changes_only_the_fields_given_and_an_empty_value_clears_one() {
        rapport.run("customer", "add", "Ann", "--id", "A1", "--phone", "123", "--city", "Bonn");
        assertThat(rapport.run("customer", "edit", "A1", "--phone", "", "--owner", "maria").status()).isZero();
        var csv = rapport.run("customer", "list", "--format", "csv").out();
        assertThat(csv).contains("A1,Ann,,,,,Bonn,").contains(",maria,");
    }

    @Test
    void tier_and_archive_change_the_customer() {
        rapport.run("customer", "add", "Ann", "--id", "A1");
        assertThat(rapport.run("customer", "tier", "A1", "key").err()).isEqualTo("A1 (Ann) is now tier key\n");
        assertThat(rapport.run("customer", "archive", "A1").err()).isEqualTo("Archived A1 (Ann)\n");
        assertThat(rapport.run("customer", "show", "A1").out()).containsPattern("tier +key").containsPattern("status +archived");
    }

    @Test
    void messages_go_to_stderr_so_stdout_is_silent_on_success_and_quiet_silences_them() {
        var loud = rapport.run("customer", "add", "Cy");
        assertThat(loud.out()).isEmpty();
        assertThat(loud.err()).isEqualTo("Added cy (Cy), tier ordinary\n");
        assertThat(rapport.run("--quiet", "customer", "add", "Ann").err()).isEmpty();
        assertThat(rapport.run("customer", "add", "Bob", "-q").err()).isEmpty();
    }

    @Test
    void an_invalid_email_on_the_command_line_is_a_usage_error_of_one_sentence() {
        var run = rapport.run("customer", "add", "Ann", "--email", "ann-at-example");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("rapport: email: \"ann-at-example\" is not an e-mail address\n");
        assertThat(rapport.run("customer", "list", "--format", "tsv").out().lines()).hasSize(1);
    }

    @Test
    void an_unknown_tier_is_refused_with_the_tiers_there_are() {
        var run = rapport.run("customer", "add", "Ann", "--tier", "gold");
        assertThat(run.status()).as("a bad value on the command line is a usage error").isEqualTo(2);
        assertThat(run.err()).isEqualTo("rapport: tier: unknown tier \"gold\"; the policy has key, major, ordinary, small\n");
    }

    @Test
    void a_bad_time_zone_is_refused() {
        var run = rapport.run("customer", "add", "Ann", "--timezone", "Europe/Bonn");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("timezone: \"Europe/Bonn\" is not a time zone");
    }

    @Test
    void bad_days_hours_and_periods_are_refused() {
        assertThat(rapport.run("customer", "add", "A", "--days", "someday").err()).contains("preferred_days:");
        assertThat(rapport.run("customer", "add", "A", "--hours", "17-9").err()).contains("preferred_hours:");
        assertThat(rapport.run("customer", "add", "A", "--cadence", "call=3 mnths").err())
                .contains("cadence: \"3 mnths\" is not a period");
        assertThat(rapport.run("customer", "add", "A", "--since", "2026-02-30").err())
                .contains("since: \"2026-02-30\" is not a date");
    }

    @Test
    void editing_a_customer_that_does_not_exist_is_a_usage_error() {
        rapport.run("init");
        var run = rapport.run("customer", "edit", "C404", "--phone", "1");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("rapport: no customer matches \"C404\"; see: rapport customer list --search C404\n");
    }

    @Test
    void adding_an_id_twice_is_refused_and_keeps_the_first() {
        rapport.run("customer", "add", "Ann", "--id", "A1");
        var run = rapport.run("customer", "add", "Bob", "--id", "A1");
        assertThat(run.status()).isEqualTo(65);
        assertThat(run.err()).contains("customer A1 exists already");
        assertThat(rapport.run("customer", "show", "A1").out()).contains("Ann");
    }

    @Test
    void a_failed_edit_leaves_the_customer_as_it_was() {
        rapport.run("customer", "add", "Ann", "--id", "A1", "--phone", "123");
        var run = rapport.run("customer", "edit", "A1", "--phone", "999", "--email", "broken");
        assertThat(run.status()).isEqualTo(2);
        assertThat(rapport.run("customer", "show", "A1").out()).containsPattern("phone +123");
    }
}
