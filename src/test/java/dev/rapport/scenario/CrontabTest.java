package dev.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jobs of examples/crontab, run as cron runs them: {@code env -i} with only the crontab's own
 * variables, its SHELL running the command line as written. {@code /home/me} becomes a temporary
 * home whose bin holds {@code rapport} (this build), {@code notify} and {@code mail} (each writing
 * what it was given to a file).
 */
class CrontabTest {

    @TempDir
    Path home;

    private Map<String, String> variables;
    private final List<String> jobs = new ArrayList<>();

    @BeforeEach
    void readTheCrontab() throws IOException {
        variables = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("examples/crontab"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String here = line.replace("/home/me", home.toString());
            if (here.matches("[A-Z_]+=.*")) {
                variables.put(here.substring(0, here.indexOf('=')), here.substring(here.indexOf('=') + 1));
            } else {
                jobs.add(here.split("\\s+", 6)[5]);
            }
        }
        Path bin = Files.createDirectories(home.resolve("bin"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        script(bin.resolve("rapport"), "exec '" + java + "' -cp '" + System.getProperty("java.class.path") + "' dev.rapport.Main \"$@\"");
        script(bin.resolve("notify"), "printf '%s\\n' \"$*\" >> '" + home.resolve("notified") + "'");
        script(bin.resolve("mail"), "cat >> '" + home.resolve("mailed") + "'");
    }

    @Test
    void the_crontab_names_the_database_and_the_policy_and_has_both_jobs() {
        assertThat(variables).containsKeys("RAPPORT_DB", "RAPPORT_CONFIG", "PATH", "SHELL");
        assertThat(jobs).hasSize(2);
    }

    @Test
    void a_wrong_database_path_raises_the_overdue_alert_with_the_error_rather_than_reporting_nothing() throws Exception {
        variables.put("RAPPORT_DB", home.resolve("typo/rapprot.db").toString());

        Result alert = cron(overdueJob());

        assertThat(Files.readString(home.resolve("notified"))).isEqualTo("rapport: customers overdue for contact (exit 66)\n");
        assertThat(alert.err()).contains("typo/rapprot.db: no such database; `rapport init` creates it");
        assertThat(home.resolve("typo")).doesNotExist();

        Result agenda = cron(agendaJob());
        assertThat(agenda.err()).contains("no such database");
        assertThat(Files.readString(home.resolve("mailed"))).isEmpty();
    }

    @Test
    void with_the_database_the_crontab_names_overdue_customers_raise_the_alert_and_the_agenda_is_mailed() throws Exception {
        Path customers = Files.writeString(home.resolve("customers.csv"),
                "id,name,tier,last_contacted\nC1,Ada Lovelace,key,2026-01-05\n");
        Result imported = cron("rapport import customers " + customers);
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(Path.of(variables.get("RAPPORT_DB"))).isRegularFile();

        cron(overdueJob());
        assertThat(Files.readString(home.resolve("notified"))).isEqualTo("rapport: customers overdue for contact (exit 3)\n");

        cron(agendaJob());
        assertThat(Files.readString(home.resolve("mailed"))).startsWith("due,customer_id,").contains(",C1,Ada Lovelace,");
    }

    private String overdueJob() {
        return jobs.stream().filter(j -> j.contains("overdue")).findFirst().orElseThrow();
    }

    private String agendaJob() {
        return jobs.stream().filter(j -> j.contains("agenda")).findFirst().orElseThrow();
    }

    record Result(int status, String err) {
    }

    /** {@code command} as cron runs it: the crontab's variables only (and a fixed day), its SHELL. */
    private Result cron(String command) throws Exception {
        List<String> line = new ArrayList<>(List.of("env", "-i", "HOME=" + home, "LOGNAME=me", "RAPPORT_TODAY=2026-11-23"));
        variables.forEach((name, value) -> line.add(name + "=" + value));
        line.addAll(List.of(variables.getOrDefault("SHELL", "/bin/sh"), "-c", command));
        Path err = home.resolve("stderr");
        Process process = new ProcessBuilder(line).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the job ends").isTrue();
        if (!Files.exists(home.resolve("notified"))) {
            Files.writeString(home.resolve("notified"), "");
        }
        if (!Files.exists(home.resolve("mailed"))) {
            Files.writeString(home.resolve("mailed"), "");
        }
        return new Result(process.exitValue(), Files.readString(err));
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
