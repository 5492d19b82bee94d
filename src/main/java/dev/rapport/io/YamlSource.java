package dev.rapport.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rapport.app.RapportException;
import dev.rapport.app.SourceRow;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML list of records, each a mapping from column to value, read one record at a time: the
 * format {@code export --format yaml} writes. A list value becomes {@code a;b}, a mapping
 * {@code k=v;k=v}, as in the CSV columns.
 */
public final class YamlSource extends RowReader {

    /** The tags of YAML's core schema: they say what a plain value is anyway. */
    private static final java.util.Set<String> CORE_TAGS = java.util.Set.of("str", "int", "float", "bool", "null", "seq", "map")
            .stream().map(t -> "tag:yaml.org,2002:" + t).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final String name;
    private final List<String> header;
    private final JsonParser parser;
    private boolean started;
    private long items;

    public YamlSource(String name, Reader reader, List<String> header) {
        this.name = name;
        this.header = List.copyOf(header);
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(Integer.MAX_VALUE);
        try {
            this.parser = YAMLFactory.builder().loaderOptions(options).build().createParser(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double progress() {
        return -1;
    }

    @Override
    protected SourceRow read() {
        try {
            if (!started) {
                started = true;
                JsonToken first = parser.nextToken();
                if (first == null) {
                    return null;
                }
                if (first != JsonToken.START_ARRAY) {
                    throw problem(1, "expected a list of records (\"- id: C1\" …)");
                }
            }
            JsonToken token = parser.nextToken();
            if (token == null || token == JsonToken.END_ARRAY) {
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                throw problem(items + 1, "expected a record (a mapping of fields), found " + parser.getText());
            }
            items++;
            refuseTags();
            long line = parser.currentTokenLocation().getLineNr();
            // null, not "": a field the record leaves out is not given, and changes nothing.
            String[] values = new String[header.size()];
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int column = header.indexOf(key);
                if (column < 0) {
                    throw problem(items, "unknown field \"" + key + "\"; the fields are " + String.join(", ", header));
                }
                parser.nextToken();
                values[column] = text();
            }
            return new SourceRow(line, Arrays.asList(values));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            // SnakeYAML says what it was doing and what it found on lines of their own, each followed by
            // the quoted source (indented): the two unindented lines make the sentence.
            throw RapportException.badData(name + ":" + (at == null ? "?" : at.getLineNr()) + ": not valid YAML: "
                    + String.join(": ", e.getOriginalMessage().lines()
                            .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text() throws IOException {
        refuseTags();
        if (parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml && yaml.isCurrentAlias()) {
            // The streaming parser hands back an alias as its anchor's name, which would be imported
            // as the value; refusing aliases also leaves nothing for an alias bomb to expand.
            throw problem(items, "aliases (*" + parser.getText() + ") are not supported here; write the value out");
        }
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return "";
        }
        if (t == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(text());
            }
            return String.join(";", items);
        }
        if (t == JsonToken.START_OBJECT) {
            List<String> pairs = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                pairs.add(key + "=" + text());
            }
            return String.join(";", pairs);
        }
        return parser.getText();
    }

    /** Tags build nothing here; a {@code !!java.…} tag is refused rather than silently read as text. */
    private void refuseTags() throws IOException {
        Object typeId = parser.getTypeId();
        String tag = typeId == null ? null : typeId.toString();
        if (tag != null && !CORE_TAGS.contains(tag)) {
            String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : "!" + tag;
            throw problem(Math.max(1, items), "the tag " + shown + " is not supported here; write plain values");
        }
    }

    private RapportException problem(long record, String message) {
        return RapportException.badData(name + ":" + parser.currentTokenLocation().getLineNr() + ": record " + record
                + ": " + message);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
