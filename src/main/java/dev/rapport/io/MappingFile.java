package dev.rapport.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.app.YamlProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A column mapping for imports, for files whose headers no alias knows:
 *
 * <pre>
 * columns:            # field: column in the file
 *   email: Work Email
 *   tier: Segment
 *   since: ~          # not imported, whichever column an alias finds
 * tiers:              # value in the file: tier of the policy
 *   A: key
 *   B: major
 * </pre>
 */
public record MappingFile(Map<String, String> columns, Map<String, String> tiers) {

    public static MappingFile read(Path path) {
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, String> tiers = new LinkedHashMap<>();
        try (JsonParser p = new YAMLFactory().createParser(Files.newBufferedReader(path))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw bad(path, p, "expected a mapping with columns: and tiers:");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String section = p.currentName();
                if (!section.equals("columns") && !section.equals("tiers")) {
                    throw bad(path, p, "unknown key \"" + section + "\"; expected columns or tiers");
                }
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw bad(path, p, section + ": expected a mapping");
                }
                Map<String, String> target = section.equals("columns") ? columns : tiers;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonToken value = p.nextToken();
                    if (!value.isScalarValue()) {
                        throw bad(path, p, section + "." + key + ": expected text");
                    }
                    // A column of null (~) leaves the field out, as --map since= does.
                    target.put(key, value == JsonToken.VALUE_NULL && target == columns ? "" : p.getText());
                }
            }
        } catch (NoSuchFileException e) {
            throw new RapportException(ExitStatus.NO_INPUT, path + ": no such mapping file");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw RapportException.badData(path + ": not valid YAML: " + YamlProblem.sentence(e.getOriginalMessage(), e.getCause()));
        } catch (IOException e) {
            throw new RapportException(ExitStatus.NO_INPUT, path + ": cannot read: " + e.getMessage(), e);
        }
        return new MappingFile(columns, tiers);
    }

    private static RapportException bad(Path path, JsonParser p, String message) {
        return RapportException.badData(path + ":" + p.currentTokenLocation().getLineNr() + ": " + message);
    }
}
