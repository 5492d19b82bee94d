package dev.rapport.cli.transfer;

import dev.rapport.app.RapportException;
import dev.rapport.app.TabularSource;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.io.AmbiguousColumnsException;
import dev.rapport.io.CustomerColumns;
import dev.rapport.io.MappingFile;
import dev.rapport.io.OutputFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code import customers}' options that say which column holds which field, and which tier a value names. */
final class ColumnMappingOptions {

    @Option(names = "--map", paramLabel = "FIELD=COLUMN", description = "Read FIELD from COLUMN (repeatable), e.g. --map email=\"Work Email\"; no COLUMN (--map since=) leaves FIELD out.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--mapping", paramLabel = "FILE.yaml", description = "Column and tier mappings from a YAML file (columns:, tiers:).")
    Path mapping;

    @Option(names = "--map-tier", paramLabel = "VALUE=TIER", description = "Read tier VALUE as TIER (repeatable), e.g. --map-tier A=key.")
    Map<String, String> mapTier = new LinkedHashMap<>();

    /** The mapping file, which the rejects file may not overwrite; none without --mapping. */
    List<OutputFile.Input> inputs() {
        return mapping == null ? List.of() : List.of(new OutputFile.Input(mapping, "the mapping file"));
    }

    /**
     * The mapping the options give: the mapping file (read now, before the database or the file
     * to import is opened, so that a bad one is the first error), --map and --map-tier over it.
     */
    Mapping read() {
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, String> tiers = new LinkedHashMap<>();
        if (mapping != null) {
            MappingFile m = MappingFile.read(mapping);
            columns.putAll(m.columns());
            tiers.putAll(m.tiers());
        }
        columns.putAll(map);
        tiers.putAll(mapTier);
        return new Mapping(columns, tiers);
    }

    /** Which field each column holds ({@code columns}), and which tier each value names ({@code tiers}). */
    record Mapping(Map<String, String> columns, Map<String, String> tiers) {

        /** The columns of {@code source}, mapped. */
        CustomerColumns of(TabularSource source) {
            try {
                return new CustomerColumns(source.header(), columns, tiers);
            } catch (AmbiguousColumnsException e) {
                throw RapportException.badData(source.name() + ": " + e.getMessage());
            } catch (InvalidValueException e) {
                throw RapportException.usage(e.getMessage());
            }
        }
    }
}
