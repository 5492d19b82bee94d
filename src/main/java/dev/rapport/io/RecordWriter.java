package dev.rapport.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes records one at a time, as CSV, JSON or YAML, so that an export of a million customers
 * never holds them all. Values are text or lists of text; the columns are fixed up front.
 */
public abstract class RecordWriter implements AutoCloseable {

    protected final List<String> columns;
    private long written;

    private RecordWriter(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public static RecordWriter open(Format format, Writer out, List<String> columns) {
        return open(format, out, columns, false);
    }

    /**
     * With {@code excelSafe}, CSV and TSV values that a spreadsheet would run as a formula are
     * written with a leading {@code '} ({@link DelimitedOutput#excelSafe}); other formats are not
     * affected. Only the {@linkplain Format#records() record formats} are written here.
     */
    public static RecordWriter open(Format format, Writer out, List<String> columns, boolean excelSafe) {
        try {
            return switch (format) {
                case csv -> new Csv(out, columns, excelSafe);
                case tsv -> new Tsv(out, columns, excelSafe);
                case json -> new Json(out, columns);
                case yaml -> new Yaml(out, columns);
                case table, markdown, ics -> throw new IllegalArgumentException(format + " is not a format of records");
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record, its values in column order. */
    public final void write(List<?> values) {
        try {
            record(values);
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many records have been written. */
    public final long written() {
        return written;
    }

    protected abstract void record(List<?> values) throws IOException;

    protected abstract void finish() throws IOException;

    @Override
    public final void close() {
        try {
            finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Csv extends RecordWriter {
        private final CSVPrinter printer;
        private final boolean excelSafe;

        Csv(Writer out, List<String> columns, boolean excelSafe) throws IOException {
            super(columns);
            this.excelSafe = excelSafe;
            printer = new CSVPrinter(out, DelimitedOutput.CSV);
            printer.printRecord(columns);
        }

        @Override
        protected void record(List<?> values) throws IOException {
            printer.printRecord(values.stream().map(DelimitedOutput::text)
                    .map(v -> excelSafe ? DelimitedOutput.excelSafe(v) : v).toList());
        }

        @Override
        protected void finish() throws IOException {
            printer.flush();
        }
    }

    private static final class Tsv extends RecordWriter {
        private final Writer out;
        private final boolean excelSafe;

        Tsv(Writer out, List<String> columns, boolean excelSafe) throws IOException {
            super(columns);
            this.out = out;
            this.excelSafe = excelSafe;
            StringBuilder header = new StringBuilder();
            DelimitedOutput.tsvLine(header, columns);
            out.write(header.toString());
        }

        @Override
        protected void record(List<?> values) throws IOException {
            StringBuilder line = new StringBuilder();
            DelimitedOutput.tsvLine(line, excelSafe
                    ? values.stream().map(DelimitedOutput::text).map(DelimitedOutput::excelSafe).toList() : values);
            out.write(line.toString());
        }

        @Override
        protected void finish() throws IOException {
            out.flush();
        }
    }

    private static final class Json extends RecordWriter {
        private final Writer out;
        private boolean first = true;

        Json(Writer out, List<String> columns) throws IOException {
            super(columns);
            this.out = out;
            out.write('[');
        }

        @Override
        protected void record(List<?> values) throws IOException {
            StringBuilder sb = new StringBuilder(first ? "\n  {" : ",\n  {");
            first = false;
            for (int i = 0; i < columns.size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                JsonOutput.string(sb, columns.get(i));
                sb.append(": ");
                JsonOutput.value(sb, values.get(i));
            }
            out.write(sb.append('}').toString());
        }

        @Override
        protected void finish() throws IOException {
            out.write(first ? "]\n" : "\n]\n");
            out.flush();
        }
    }

    private static final class Yaml extends RecordWriter {
        private final YAMLGenerator generator;

        Yaml(Writer out, List<String> columns) throws IOException {
            super(columns);
            generator = (YAMLGenerator) YAMLFactory.builder()
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                    .build().createGenerator(out);
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.writeStartArray();
        }

        @Override
        protected void record(List<?> values) throws IOException {
            generator.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                Object v = values.get(i);
                if (v instanceof List<?> list) {
                    if (list.isEmpty()) {
                        continue;
                    }
                    generator.writeArrayFieldStart(columns.get(i));
                    for (Object item : list) {
                        string(String.valueOf(item));
                    }
                    generator.writeEndArray();
                } else if (v != null && !v.toString().isEmpty()) {
                    generator.writeFieldName(columns.get(i));
                    string(v.toString());
                }
            }
            generator.writeEndObject();
        }

        /**
         * A value, as plainly as YAML reads it back exactly; a value that the plain, single-quoted
         * or literal styles would change is written double-quoted, where every character has an
         * escape. SnakeYAML's writer puts YAML 1.1's other line breaks (U+0085, U+2028, U+2029)
         * into the other styles raw, and its reader folds them into spaces.
         */
        private void string(String value) throws IOException {
            boolean exact = needsEscapes(value);
            if (exact) {
                generator.disable(YAMLGenerator.Feature.MINIMIZE_QUOTES);
            }
            generator.writeString(value);
            if (exact) {
                generator.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES);
            }
        }

        private static boolean needsEscapes(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    return true;
                }
            }
            return false;
        }

        @Override
        protected void finish() throws IOException {
            generator.writeEndArray();
            generator.close(); // ends the YAML stream with its final line break; the target stays open
        }
    }
}
