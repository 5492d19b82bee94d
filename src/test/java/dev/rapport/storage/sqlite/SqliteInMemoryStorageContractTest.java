package dev.rapport.storage.sqlite;

import dev.rapport.app.Storage;
import dev.rapport.storage.contract.StorageContract;

/** The storage contract against SQLite in memory, as the use cases' tests run. */
class SqliteInMemoryStorageContractTest extends StorageContract {

    @Override
    protected Storage openStorage() {
        return SqliteStorage.inMemory();
    }
}
