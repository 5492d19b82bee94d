package dev.rapport.storage.sqlite;

import dev.rapport.app.Storage;
import dev.rapport.storage.contract.StorageContract;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract against SQLite in a file, as rapport runs: WAL, a file per test. */
class SqliteFileStorageContractTest extends StorageContract {

    @TempDir
    static Path dir;

    private static final AtomicInteger databases = new AtomicInteger();

    @Override
    protected Storage openStorage() {
        return SqliteStorage.open(dir.resolve("contract-" + databases.incrementAndGet() + ".db"));
    }
}
