package dev.rapport.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rapport.app.YamlProblem;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML value that remembers where it stood, so that an error can name the line, the column and
 * the key: a scalar (text, or null for an empty value), a mapping or a sequence.
 */
final class YamlNode {

    /** A problem in the file, before the file name is known to the message. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;
        /** The value found wanting; null when the file is not YAML that reads. */
        final transient YamlNode node;

        Problem(int line, int column, String message) {
            this(line, column, message, null);
        }

        Problem(int line, int column, String message, YamlNode node) {
            super(message);
            this.line = line;
            this.column = column;
            this.node = node;
        }
    }

    private static final int MAX_DEPTH = 20;

    /** The tags of YAML's core schema: they say what a plain value is anyway. */
    private static final java.util.Set<String> CORE_TAGS = java.util.Set.of("str", "int", "float", "bool", "null", "seq", "map")
            .stream().map(t -> "tag:yaml.org,2002:" + t).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : "!" + tag;
    }

    final String path;
    final int line;
    final int column;
    private final Object value;

    private YamlNode(String path, JsonLocation at, Object value) {
        this(path, at.getLineNr(), at.getColumnNr(), value);
    }

    private YamlNode(String path, int line, int column, Object value) {
        this.path = path;
        this.line = line;
        this.column = column;
        this.value = value;
    }

    /**
     * Reads one YAML document. Aliases are limited and nothing but maps, lists and text is built,
     * so a hostile file cannot make objects of its choosing or exhaust memory.
     */
    static YamlNode read(Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(MAX_DEPTH + 5);
        options.setCodePointLimit(1 << 20);
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with their place
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 5).build())
                .build();
        try (JsonParser parser = factory.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode("", JsonLocation.NA, new LinkedHashMap<String, YamlNode>());
            }
            return readValue(parser, "", 0);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            JsonLocation at = e.getLocation() == null ? JsonLocation.NA : e.getLocation();
            int line = at.getLineNr();
            int column = at.getColumnNr();
            // Where SnakeYAML found the problem, rather than where the construct it was reading began;
            // unless it found the end of the file, where the construct left open is the better place.
            String said = String.valueOf(e.getOriginalMessage());
            boolean atEnd = said.contains("<stream end>") || said.contains("end of stream");
            if (!atEnd && e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null) {
                line = marked.getProblemMark().getLine() + 1;
                column = marked.getProblemMark().getColumn() + 1;
            }
            throw new Problem(line, column, "not valid YAML: " + YamlProblem.sentence(e.getOriginalMessage(), e.getCause()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static YamlNode readValue(JsonParser parser, String path, int depth) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        if (depth > MAX_DEPTH) {
            throw new Problem(at.getLineNr(), at.getColumnNr(), (path.isEmpty() ? "" : path + ": ") + "nested too deeply");
        }
        Object typeId = parser.getTypeId();
        String tag = typeId == null ? null : typeId.toString();
        if (tag != null && !CORE_TAGS.contains(tag)) {
            // Nothing here builds objects from tags, and saying so beats ignoring a !!java.… tag.
            throw new Problem(at.getLineNr(), at.getColumnNr(), (path.isEmpty() ? "" : path + ": ") + "the tag "
                    + shortTag(tag) + " is not supported here; write plain values");
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    if (entries.containsKey(key)) {
                        throw new Problem(keyAt.getLineNr(), keyAt.getColumnNr(), childPath + ": the key is given twice");
                    }
                    parser.nextToken();
                    entries.put(key, readValue(parser, childPath, depth + 1));
                }
                return new YamlNode(path, at, Collections.unmodifiableMap(entries));
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                int i = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, path + "[" + i++ + "]", depth + 1));
                }
                return new YamlNode(path, at, Collections.unmodifiableList(items));
            }
            case VALUE_NULL:
                return new YamlNode(path, at, null);
            default:
                if (parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml && yaml.isCurrentAlias()) {
                    // Jackson's streaming parser hands an alias back as its anchor's name; the policy
                    // needs no aliases, and refusing them also defuses alias bombs.
                    throw new Problem(at.getLineNr(), at.getColumnNr(), (path.isEmpty() ? "" : path + ": ")
                            + "aliases (*" + parser.getText() + ") are not supported here; write the value out");
                }
                String text = parser.getText();
                // An empty value ("timezone:") means the same as ~: not given.
                return new YamlNode(path, at, text == null || text.isEmpty() ? null : text);
        }
    }

    boolean isNull() {
        return value == null;
    }

    boolean isMap() {
        return value instanceof Map;
    }

    /** The entries of a mapping; an error when this is not one. */
    @SuppressWarnings("unchecked")
    Map<String, YamlNode> map(String expected) {
        if (value instanceof Map) {
            return (Map<String, YamlNode>) value;
        }
        if (value == null) {
            return Map.of();
        }
        throw problem("expected " + expected);
    }

    /** The items of a sequence; a single scalar counts as a sequence of one. */
    @SuppressWarnings("unchecked")
    List<YamlNode> list(String expected) {
        if (value instanceof List) {
            return (List<YamlNode>) value;
        }
        if (value == null) {
            return List.of();
        }
        if (value instanceof String) {
            return List.of(this);
        }
        throw problem("expected " + expected);
    }

    /** The text of a scalar; an error when this is a mapping or a sequence. */
    String text(String expected) {
        if (value instanceof String) {
            return (String) value;
        }
        throw problem("expected " + expected);
    }

    Problem problem(String message) {
        return new Problem(line, column, (path.isEmpty() ? "" : path + ": ") + message, this);
    }

    /**
     * This document without the setting that holds {@code node}: the entry whose value it is, or
     * whose list it is in (a list is one setting). Empty when no entry holds it (it is the root).
     */
    java.util.Optional<YamlNode> without(YamlNode node) {
        if (!(value instanceof Map)) {
            return java.util.Optional.empty();
        }
        Map<String, YamlNode> kept = new LinkedHashMap<>();
        boolean removed = false;
        for (Map.Entry<String, YamlNode> e : map("").entrySet()) {
            YamlNode v = e.getValue();
            if (!removed && (v == node || v.value instanceof List<?> items && items.stream().anyMatch(i -> i == node))) {
                removed = true;
                continue;
            }
            java.util.Optional<YamlNode> inner = removed ? java.util.Optional.empty() : v.without(node);
            removed |= inner.isPresent();
            kept.put(e.getKey(), inner.orElse(v));
        }
        return removed ? java.util.Optional.of(new YamlNode(path, line, column, Collections.unmodifiableMap(kept)))
                : java.util.Optional.empty();
    }

    /** Rejects keys other than {@code allowed}, naming the ones that are. */
    void allowOnly(List<String> allowed) {
        for (Map.Entry<String, YamlNode> e : map("a mapping").entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw e.getValue().problem("unknown key; expected one of " + String.join(", ", allowed));
            }
        }
    }
}
