package dev.rapport.storage.sqlite;

import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerField;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Readies, on the calling thread, what opening a database and reading customers will need: the
 * driver's native library, its connection settings (a date formatter, and the locale data behind
 * it), its logger, and the readers of the customer columns. Opens and changes nothing; the CLI runs
 * it beside its own start-up, so that the command's first database work finds it done.
 */
final class SqliteWarmUp {

    private SqliteWarmUp() {
    }

    /** See the class; whatever fails here is left for the real opening to report. */
    static void warmUp(Path nativeLibraryCache) {
        try {
            SqliteNativeLibrary.useCacheIn(nativeLibraryCache);
            org.sqlite.core.NativeDB.load();
            new org.sqlite.SQLiteConfig();
            Class.forName("org.sqlite.SQLiteConnection");
            if (SqliteCustomerStore.COLUMNS_OF_C.isEmpty()) {
                throw new IllegalStateException("no customer columns");
            }
            // One made-up row through the column readers: their classes, patterns and zone names
            // are set up once per run, and this run does it here rather than on the first real row.
            warmUpCustomer();
        } catch (Exception | LinkageError e) {
            // the real opening reports it
        }
    }

    /** A made-up customer row for {@link #warmUp}: a value of each kind that the readers parse. */
    static Map<CustomerField, String> warmUpRow() {
        var row = new EnumMap<CustomerField, String>(CustomerField.class);
        row.put(CustomerField.ID, "W1");
        row.put(CustomerField.EMAIL, "w@example.com");
        row.put(CustomerField.TIER, "key");
        row.put(CustomerField.TIMEZONE, "Europe/Berlin");
        row.put(CustomerField.PREFERRED_CHANNEL, "call");
        row.put(CustomerField.PREFERRED_DAYS, "mon,wed");
        row.put(CustomerField.PREFERRED_HOURS, "09:00-12:00");
        row.put(CustomerField.LISTENING_STYLE, "casual");
        row.put(CustomerField.TAGS, "a;b");
        row.put(CustomerField.STATUS, "active");
        row.put(CustomerField.SINCE, "2026-01-02");
        row.put(CustomerField.CADENCE, "call=1 month");
        row.put(CustomerField.LAST_CONTACTED, "call=2026-01-03");
        return row;
    }

    /** The made-up row read as a customer would be. */
    static Customer warmUpCustomer() {
        var row = warmUpRow();
        var customer = Customer.builder("W1", "Warm Up", "key", LocalDate.EPOCH);
        for (var field : CustomerField.values()) {
            field.write(customer, row.getOrDefault(field, "x"));
        }
        return customer.build();
    }
}
