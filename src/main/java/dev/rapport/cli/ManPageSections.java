package dev.rapport.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The sections of a man page that picocli's generator does not write: ENVIRONMENT, FILES,
 * EXAMPLES and SEE ALSO, as AsciiDoc, for {@link Documentation}. EXIT STATUS comes from the
 * command model's exit code list.
 */
final class ManPageSections {

    /** Where the generator ends a page; the sections go before it. */
    static final String END = "// end::picocli-generated-full-manpage[]";

    private static final String ENVIRONMENT = """
            == Environment

            *RAPPORT_DB*::
              The database file, as *--db* gives it; default _$XDG_DATA_HOME/rapport/rapport.db_.

            *RAPPORT_CONFIG*::
              The policy file, as *--config* gives it; default _$XDG_CONFIG_HOME/rapport/config.yaml_.

            *RAPPORT_TODAY*::
              Plan as if today were this date, as *--today* gives it (such as 2026-11-16, friday or 2026-11-16 09:00).

            *RAPPORT_USER*::
              Who is recorded as having made a change (the journal, a contact's logged_by); default the login name.

            *NO_COLOR*::
              When set and not empty, no colours, as with *--no-color*.

            *TERM*::
              When it is _dumb_, no colours.

            *COLUMNS*::
              The width tables and help are fitted to; default the terminal's width. Output that is not a terminal is not cut, and help is then 80 columns wide.

            *XDG_DATA_HOME*, *XDG_CONFIG_HOME*, *XDG_STATE_HOME*, *XDG_CACHE_HOME*::
              The bases of the files below; default _~/.local/share_, _~/.config_, _~/.local/state_ and _~/.cache_.

            *JAVA_HOME*, *RAPPORT_JAVA_OPTS*::
              The launcher's: the Java to run, and extra options for it.

            """;

    private static final String FILES = """
            == Files

            _$XDG_CONFIG_HOME/rapport/config.yaml_::
              The policy: tiers, cadences, calendar, obligations (*rapport init* writes it, *rapport config check* checks it).

            _$XDG_DATA_HOME/rapport/rapport.db_::
              The database (SQLite), readable by its owner only; *rapport backup* copies it.

            _$XDG_STATE_HOME/rapport/history_::
              The lines typed in *rapport shell*.

            _$XDG_CACHE_HOME/rapport/_::
              The launcher's cache: SQLite's native library and the class archive that speeds up start-up. Safe to delete.

            """;

    /** Examples per command, by its name under rapport ("" for rapport itself). */
    private static final Map<String, List<String>> EXAMPLES = Map.ofEntries(
            Map.entry("", List.of("rapport init", "rapport import customers contacts.csv", "rapport log C0002 --via call --in --outcome missed",
                    "rapport agenda --days 7 --owner bernd")),
            Map.entry("init", List.of("rapport init", "rapport init --force")),
            Map.entry("config", List.of("rapport config show", "rapport config check ~/draft.yaml")),
            Map.entry("config show", List.of("rapport config show", "rapport config show --format csv")),
            Map.entry("config check", List.of("rapport config check ~/draft.yaml")),
            Map.entry("customer", List.of("rapport customer add \"Jürgen Müller\" --company \"Müller GmbH\" --tier key", "rapport customer list --owner anna")),
            Map.entry("customer add", List.of("rapport customer add \"Jürgen Müller\" --company \"Müller GmbH\" --tier key --days tue,thu --hours 9-12")),
            Map.entry("customer show", List.of("rapport customer show C0001")),
            Map.entry("customer edit", List.of("rapport customer edit C0001 --owner bernd --phone \"+49 30 1234567\"")),
            Map.entry("customer list", List.of("rapport customer list --owner anna --format csv")),
            Map.entry("customer archive", List.of("rapport customer archive C0007")),
            Map.entry("customer tier", List.of("rapport customer tier C0001 key")),
            Map.entry("customer merge", List.of("rapport customer merge C0001 C0031")),
            Map.entry("customer duplicates", List.of("rapport customer duplicates")),
            Map.entry("customer forget", List.of("rapport customer forget C0031 --yes")),
            Map.entry("import", List.of("rapport import customers contacts.csv", "rapport import interactions calls.csv")),
            Map.entry("import customers", List.of("rapport import customers contacts.csv", "rapport import customers crm.csv --map Kundennr=id")),
            Map.entry("import interactions", List.of("rapport import interactions calls.csv")),
            Map.entry("import complaints", List.of("rapport import complaints tickets.csv")),
            Map.entry("export", List.of("rapport export customers --format yaml --output customers.yaml", "rapport export interactions --format csv")),
            Map.entry("log", List.of("rapport log C0002 --via call --in --outcome missed", "rapport log C0003 --via email --out --answers 3",
                    "rapport log C0001 --via visit --out --kind complaint --note \"late delivery\"")),
            Map.entry("history", List.of("rapport history C0004", "rapport history C0004 --format csv")),
            Map.entry("contact", List.of("rapport contact edit 812 --customer C0005", "rapport contact delete 813")),
            Map.entry("contact edit", List.of("rapport contact edit 812 --customer C0005 --at \"2026-11-20 15:00\"")),
            Map.entry("contact delete", List.of("rapport contact delete 813")),
            Map.entry("agenda", List.of("rapport agenda", "rapport agenda --days 7 --owner bernd --explain", "rapport agenda --format ics > agenda.ics")),
            Map.entry("overdue", List.of("rapport overdue", "rapport overdue --format csv --fail-if-overdue")),
            Map.entry("next", List.of("rapport next C0001")),
            Map.entry("done", List.of("rapport done 12 --note \"sent the price list\"")),
            Map.entry("complaint", List.of("rapport complaint list", "rapport complaint resolve 4 --note \"credit note sent\"")),
            Map.entry("complaint list", List.of("rapport complaint list", "rapport complaint list --owner anna")),
            Map.entry("complaint show", List.of("rapport complaint show 4")),
            Map.entry("complaint open", List.of("rapport complaint open C0001 --note \"invoice twice\"")),
            Map.entry("complaint resolve", List.of("rapport complaint resolve 4 --note \"credit note sent\"")),
            Map.entry("complaint reopen", List.of("rapport complaint reopen 4 --note \"the credit note was wrong\"")),
            Map.entry("complaint escalate", List.of("rapport complaint escalate 4 --to carla")),
            Map.entry("plan", List.of("rapport plan C0001 --goal \"Win the 2027 frame contract\" --materials \"price list\" --on 2026-11-25")),
            Map.entry("brief", List.of("rapport brief C0001", "rapport brief C0001 --format markdown")),
            Map.entry("report", List.of("rapport report coverage", "rapport report satisfaction --by owner")),
            Map.entry("report coverage", List.of("rapport report coverage", "rapport report coverage --format csv")),
            Map.entry("report satisfaction", List.of("rapport report satisfaction --by owner")),
            Map.entry("report activity", List.of("rapport report activity", "rapport report activity --format csv")),
            Map.entry("snooze", List.of("rapport snooze C0005 --until \"2 weeks\"")),
            Map.entry("unsnooze", List.of("rapport unsnooze C0005")),
            Map.entry("undo", List.of("rapport undo --list", "rapport undo")),
            Map.entry("check", List.of("rapport check")),
            Map.entry("backup", List.of("rapport backup ~/rapport-copy.db")),
            Map.entry("restore", List.of("rapport restore ~/rapport-copy.db")),
            Map.entry("shell", List.of("rapport shell", "rapport shell < commands.txt")),
            Map.entry("completion", List.of("source <(rapport completion bash)", "rapport completion fish > ~/.config/fish/completions/rapport.fish")));

    private ManPageSections() {
    }

    /** The page of {@code spec} with the sections added before its end. */
    static String add(String page, CommandSpec spec) {
        int end = page.lastIndexOf(END);
        if (end < 0) {
            throw new IllegalArgumentException("not a page of picocli's generator: no " + END);
        }
        // The heading comes from the help's "Exit status:"; a man page's headings have no colon.
        String head = page.substring(0, end).replaceFirst("\n==\\s+Exit status:\n", "\n== Exit status\n");
        return head + ENVIRONMENT + FILES + examples(spec) + seeAlso(spec) + page.substring(end);
    }

    /** The command's name under rapport: "complaint resolve"; "" for rapport. */
    static String name(CommandSpec spec) {
        String qualified = spec.qualifiedName(" ");
        int space = qualified.indexOf(' ');
        return space < 0 ? "" : qualified.substring(space + 1);
    }

    private static String examples(CommandSpec spec) {
        List<String> lines = EXAMPLES.getOrDefault(name(spec), List.of(spec.qualifiedName(" ") + " --help"));
        StringBuilder text = new StringBuilder("== Examples\n\n----\n");
        lines.forEach(line -> text.append(line).append('\n'));
        return text.append("----\n\n").toString();
    }

    /** rapport(1), the parent's page, and the pages of the commands under this one (all of them on rapport's own). */
    private static String seeAlso(CommandSpec spec) {
        List<String> pages = new ArrayList<>();
        if (spec.parent() != null) {
            pages.add(page(spec.root()));
            if (spec.parent() != spec.root()) {
                pages.add(page(spec.parent()));
            }
        }
        spec.subcommands().values().forEach(sub -> pages.add(page(sub.getCommandSpec())));
        return "== See also\n\n" + String.join(", ", pages) + "\n\n";
    }

    private static String page(CommandSpec spec) {
        return "*" + spec.qualifiedName("-") + "*(1)";
    }
}
