package dev.rapport.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rapport.app.RapportException;
import dev.rapport.app.SourceRow;
import dev.rapport.app.YamlProblem;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML list of records, each a mapping from column to value, read one record at a time: the
 * format {@code export --format yaml} writes. A file of several documents ({@code ---}) is read
 * to its end, each document a list of records or a single record. A list value becomes
 * {@code a;b}, a mapping {@code k=v;k=v}, as in the CSV columns. JSON, which is YAML's flow
 * style, is read the same way by Jackson's JSON parser ({@link #json}).
 */
public final class YamlSource extends RowReader {

    /** The tags of YAML's core schema: they say what a plain value is anyway. */
    private static final java.util.Set<String> CORE_TAGS = java.util.Set.of("str", "int", "float", "bool", "null", "seq", "map")
            .stream().map(t -> "tag:yaml.org,2002:" + t).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The most text the parser may read for one token: SnakeYAML gathers a whole scalar in memory
     * before it hands it over, so beyond this the file is refused while it reads (a value up to
     * {@link SourceRow#FIELD_LIMIT} and the parser's look-ahead of a token and a buffer fit well
     * within it). A value between the limit and this is read, and rejects its row.
     */
    private static final int TOKEN_TEXT_LIMIT = 2 * SourceRow.FIELD_LIMIT + (64 << 10);

    private final String name;
    private final String format;
    private final List<String> header;
    private final Metered metered;
    private final JsonParser parser;
    /** Whether reading is inside a document's list of records. */
    private boolean inList;
    private long documents;
    private long items;
    private long recordLine = 1;
    /** Whether the value being read outgrew the limit, its parts no longer kept. */
    private boolean overflowed;

    private YamlSource(String name, String format, Metered metered, JsonParser parser, List<String> header) {
        this.name = name;
        this.format = format;
        this.metered = metered;
        this.parser = parser;
        this.header = List.copyOf(header);
    }

    /** The records of a YAML file, with the fields {@code header}. */
    public static YamlSource yaml(String name, Reader reader, List<String> header) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(Integer.MAX_VALUE);
        Metered metered = new Metered(reader, TOKEN_TEXT_LIMIT);
        try {
            return new YamlSource(name, "YAML", metered, YAMLFactory.builder().loaderOptions(options).build().createParser(metered), header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The records of a JSON file ({@code export --format json}): YAML's flow style, read by a JSON
     * parser, which knows JSON's escapes exactly. Several values one after another (JSON Lines)
     * are read as YAML's documents are.
     */
    public static YamlSource json(String name, Reader reader, List<String> header) {
        Metered metered = new Metered(reader, TOKEN_TEXT_LIMIT);
        try {
            return new YamlSource(name, "JSON", metered, new com.fasterxml.jackson.core.JsonFactory().createParser(metered), header);
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
            while (true) {
                JsonToken token = advance();
                if (token == null) {
                    return null;
                }
                if (inList) {
                    if (token == JsonToken.END_ARRAY) {
                        inList = false;
                        continue;
                    }
                    if (token != JsonToken.START_OBJECT) {
                        throw problem(items + 1, "expected a record (a mapping of fields), found " + parser.getText());
                    }
                    return record();
                }
                // The top of a document: every document of the file is read, not only the first.
                documents++;
                if (token == JsonToken.START_ARRAY) {
                    inList = true;
                } else if (token == JsonToken.START_OBJECT) {
                    return record();
                } else if (!emptyDocument(token)) {
                    throw RapportException.badData(name + ":" + parser.currentTokenLocation().getLineNr() + ": document "
                            + documents + ": expected a list of records (" + (format.equals("JSON") ? "[{\"id\": \"C1\"}, …]" : "\"- id: C1\" …")
                            + ") or one record, found "
                            + parser.getText());
                }
            }
        } catch (JsonProcessingException e) {
            if (metered.tripped()) {
                throw tooLong();
            }
            var at = e.getLocation();
            throw RapportException.badData(name + ":" + (at == null ? "?" : at.getLineNr()) + ": not valid " + format + ": "
                    + YamlProblem.sentence(e.getOriginalMessage(), e.getCause()));
        } catch (IOException e) {
            if (metered.tripped()) {
                throw tooLong();
            }
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (metered.tripped()) {
                throw tooLong();
            }
            throw e;
        }
    }

    /** The next token, the parser reading afresh at most {@link #TOKEN_TEXT_LIMIT} for it. */
    private JsonToken advance() throws IOException {
        metered.restart();
        return parser.nextToken();
    }

    private RapportException tooLong() {
        return RapportException.badData(name + ":" + recordLine + ": record " + Math.max(1, items)
                + ": a value is far longer than " + SourceRow.FIELD_LIMIT_TEXT + ", the most a field may hold");
    }

    /** A document with nothing in it: {@code ---} alone, or followed by a comment. */
    private boolean emptyDocument(JsonToken token) throws IOException {
        return token == JsonToken.VALUE_NULL || token == JsonToken.VALUE_STRING && parser.getText().isEmpty();
    }

    /** The record whose mapping has just begun. */
    private SourceRow record() throws IOException {
        items++;
        refuseTags();
        long line = parser.currentTokenLocation().getLineNr();
        recordLine = line;
        // null, not "": a field the record leaves out is not given, and changes nothing.
        String[] values = new String[header.size()];
        String tooLong = null;
        while (advance() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int column = header.indexOf(key);
            if (column < 0) {
                throw problem(items, "unknown field \"" + key + "\"; the fields are " + String.join(", ", header));
            }
            if (values[column] != null) {
                throw problem(items, "the field \"" + key + "\" is given twice; keep one");
            }
            advance();
            overflowed = false;
            values[column] = text(key);
            if (overflowed || values[column].length() > SourceRow.FIELD_LIMIT) {
                values[column] = "";
                tooLong = tooLong == null ? SourceRow.tooLong(key) : tooLong;
            }
        }
        return new SourceRow(line, Arrays.asList(values), java.util.Optional.ofNullable(tooLong));
    }

    /** The value of {@code field} just read, as text. */
    private String text(String field) throws IOException {
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
            long length = 0;
            while (advance() != JsonToken.END_ARRAY) {
                length += kept(items, text(field), length);
            }
            return String.join(";", items);
        }
        if (t == JsonToken.START_OBJECT) {
            List<String> pairs = new ArrayList<>();
            long length = 0;
            while (advance() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                advance();
                length += kept(pairs, key + "=" + text(field), length);
            }
            return String.join(";", pairs);
        }
        return wholeCharacters(field, parser.getText());
    }

    /**
     * {@code text}, refused when an escape ({@code "\ud800"}) left half of a character in it: a
     * lone surrogate cannot be written as UTF-8, and the database would keep a {@code ?}.
     */
    private String wholeCharacters(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw problem(items, field + ": " + String.format("\\u%04x", (int) c) + " is half of a character (a lone surrogate);"
                        + " write the character itself, or its escape as one \\U0001F600");
            }
        }
        return text;
    }

    /** Adds a part of a list or mapping unless the value has outgrown the limit: then parts are read on, not kept. */
    private long kept(List<String> parts, String part, long length) {
        if (overflowed || length + part.length() > SourceRow.FIELD_LIMIT) {
            overflowed = true;
            return 0;
        }
        parts.add(part);
        return part.length() + 1;
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

    /** Counts the characters read since the last restart, and fails the read beyond a limit. */
    private static final class Metered extends java.io.FilterReader {
        private final int limit;
        private long read;
        private boolean tripped;

        Metered(Reader in, int limit) {
            super(in);
            this.limit = limit;
        }

        void restart() {
            read = 0;
        }

        boolean tripped() {
            return tripped;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            if (read > limit) {
                tripped = true;
                throw new IOException("more than " + limit + " characters for one value");
            }
            int n = super.read(buffer, off, len);
            if (n > 0) {
                read += n;
            }
            return n;
        }
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
