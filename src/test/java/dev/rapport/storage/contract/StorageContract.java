package dev.rapport.storage.contract;

import dev.rapport.app.Storage;
import org.junit.jupiter.api.Nested;

/**
 * The storage contract (STYLE.md rule 11, SPEC §6): what every backend of rapport's ports must do,
 * as the use cases rely on it, port by port. A backend passes it by extending this class with how
 * it opens a fresh, empty database; the ports' contracts come along as nested classes, each in a
 * file of its own ({@code CustomerStoreContract}, …). Each test opens its own database and closes
 * it after.
 *
 * <pre>
 * class SqliteInMemoryStorageContractTest extends StorageContract {
 *     protected Storage openStorage() { return SqliteStorage.inMemory(); }
 * }
 * </pre>
 */
public abstract class StorageContract {

    /** A new, empty database of the backend under test, at the latest schema; the suite closes it. */
    protected abstract Storage openStorage();

    /** Customers. */
    @Nested
    class Customers extends CustomerStoreContract {
        @Override
        protected Storage openStorage() {
            return StorageContract.this.openStorage();
        }
    }

    /** Logged contacts, corrected and soft-deleted. */
    @Nested
    class Contacts extends InteractionStoreContract {
        @Override
        protected Storage openStorage() {
            return StorageContract.this.openStorage();
        }
    }

    /** Obligations. */
    @Nested
    class Obligations extends ObligationStoreContract {
        @Override
        protected Storage openStorage() {
            return StorageContract.this.openStorage();
        }
    }

    /** The stored next dates and snoozes. */
    @Nested
    class Schedule extends ScheduleStoreContract {
        @Override
        protected Storage openStorage() {
            return StorageContract.this.openStorage();
        }
    }

    /** Complaints and their timelines. */
    @Nested
    class Complaints extends ComplaintStoreContract {
        @Override
        protected Storage openStorage() {
            return StorageContract.this.openStorage();
        }
    }

    /** The goals of next contacts. */
    @Nested
    class Plans extends ContactPlanStoreContract {
        @Override
        protected Storage openStorage() {
            return StorageContract.this.openStorage();
        }
    }

    /** The report tallies. */
    @Nested
    class Reports extends ReportStoreContract {
        @Override
        protected Storage openStorage() {
            return StorageContract.this.openStorage();
        }
    }

    /** The journal and undo. */
    @Nested
    class JournalAndUndo extends JournalContract {
        @Override
        protected Storage openStorage() {
            return StorageContract.this.openStorage();
        }
    }

    /** What calendar feeds published. */
    @Nested
    class Feeds extends FeedStoreContract {
        @Override
        protected Storage openStorage() {
            return StorageContract.this.openStorage();
        }
    }

    /** A customer's records, merged and forgotten. */
    @Nested
    class Records extends CustomerRecordsContract {
        @Override
        protected Storage openStorage() {
            return StorageContract.this.openStorage();
        }
    }

    /** Units of work. */
    @Nested
    class Transactions extends TransactionContract {
        @Override
        protected Storage openStorage() {
            return StorageContract.this.openStorage();
        }
    }
}
