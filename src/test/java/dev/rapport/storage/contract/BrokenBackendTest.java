package dev.rapport.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.rapport.app.InteractionStore;
import dev.rapport.app.ObligationStore;
import dev.rapport.app.Storage;
import dev.rapport.storage.sqlite.SqliteStorage;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The storage contract can fail: run against a backend that silently drops one write, it reports
 * failures, where the same backend dropping nothing passes it whole. Each backend here is SQLite
 * in memory behind {@link DroppingStorage}; the suite runs in-process, through the JUnit Platform
 * launcher. The broken backends' suites run only from here: anywhere else (an IDE running every
 * test of the package, a {@code -Dtest} pattern) they are skipped.
 */
class BrokenBackendTest {

    /** The configuration parameter that lets the broken backends' suites run. */
    private static final String ASKED = "rapport.contract.broken-backends";

    /** Runs a broken backend's suite only when this test asks for it. */
    static final class OnlyWhenAsked implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(ASKED, Boolean::parseBoolean).orElse(false)
                    ? ConditionEvaluationResult.enabled("run by BrokenBackendTest")
                    : ConditionEvaluationResult.disabled("a deliberately broken backend, which only BrokenBackendTest runs");
        }
    }

    /** The storage contract against SQLite in memory with {@code drop} applied. */
    @ExtendWith(OnlyWhenAsked.class)
    abstract static class Dropping extends StorageContract {
        private final DroppingStorage.Drop drop;

        Dropping(DroppingStorage.Drop drop) {
            this.drop = drop;
        }

        @Override
        protected Storage openStorage() {
            return DroppingStorage.around(SqliteStorage.inMemory(), drop);
        }
    }

    static class DroppingNothing extends Dropping {
        DroppingNothing() {
            super(DroppingStorage.Drop.NOTHING);
        }
    }

    static class LosingTheSecondContactLogged extends Dropping {
        LosingTheSecondContactLogged() {
            super(DroppingStorage.Drop.the(2, InteractionStore.class, "insert"));
        }
    }

    static class LosingEveryCorrectionOfAContact extends Dropping {
        LosingEveryCorrectionOfAContact() {
            super(DroppingStorage.Drop.every(InteractionStore.class, "update"));
        }
    }

    static class LosingEveryClosingOfAnObligation extends Dropping {
        LosingEveryClosingOfAnObligation() {
            super(DroppingStorage.Drop.every(ObligationStore.class, "close"));
        }
    }

    private static TestExecutionSummary run(Class<? extends Dropping> backend) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(backend))
                .configurationParameter(ASKED, "true").build(), listener);
        return listener.getSummary();
    }

    /** The failed tests, as "Port > test". */
    private static List<String> failed(TestExecutionSummary summary) {
        return summary.getFailures().stream()
                .map(f -> f.getTestIdentifier().getLegacyReportingName().replace("()", ""))
                .sorted().collect(Collectors.toList());
    }

    @Test
    void a_backend_dropping_nothing_passes_the_whole_contract() {
        TestExecutionSummary summary = run(DroppingNothing.class);

        assertThat(failed(summary)).isEmpty();
        assertThat(summary.getTestsSucceededCount()).as("tests passed").isGreaterThan(100);
    }

    @Test
    void a_backend_that_loses_the_second_contact_logged_fails_the_contract() {
        TestExecutionSummary summary = run(LosingTheSecondContactLogged.class);

        assertThat(failed(summary)).contains("a_customers_contacts_are_oldest_first_by_time_then_in_the_order_they_were_logged",
                "every_contact_gets_an_id_of_its_own_that_finds_it");
    }

    @Test
    void a_backend_that_loses_corrections_of_contacts_fails_the_contract() {
        TestExecutionSummary summary = run(LosingEveryCorrectionOfAContact.class);

        assertThat(failed(summary)).contains("a_correction_rewrites_every_field_of_the_contact_and_keeps_its_id",
                "a_corrected_contact_is_counted_on_its_new_day_channel_and_direction_with_its_new_satisfaction");
    }

    @Test
    void a_backend_that_loses_the_closing_of_obligations_fails_the_contract() {
        TestExecutionSummary summary = run(LosingEveryClosingOfAnObligation.class);

        assertThat(failed(summary)).contains("closing_an_obligation_keeps_the_day_why_and_the_contact_that_closed_it",
                "the_history_is_newest_first_with_what_each_contact_opened_and_what_it_closed");
    }
}
