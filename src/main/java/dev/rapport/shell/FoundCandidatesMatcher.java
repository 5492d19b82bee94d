package dev.rapport.shell;

import dev.rapport.cli.ValueKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.LineReader;
import org.jline.reader.impl.CompletionMatcherImpl;

/**
 * JLine's matching of candidates against the word typed, except for customers: the completer
 * found those by what the word means (a word of the name or the company, the start of the id or
 * the e-mail) and offers their ids, which need not start with the word. JLine would drop every
 * such id; here they are offered as they were found, and a single one replaces the word.
 */
final class FoundCandidatesMatcher extends CompletionMatcherImpl {

    /** The group of the candidates offered as found: {@link ShellCompleter} puts customers in it. */
    static final String FOUND = ValueKind.customers.name();

    @Override
    protected void defaultMatchers(Map<LineReader.Option, Boolean> options, boolean prefix, CompletingParsedLine line,
                                   boolean caseInsensitive, int errors, String originalGroupName) {
        super.defaultMatchers(options, prefix, line, caseInsensitive, errors, originalGroupName);
        // First: when the completer found customers, they are the answer, whatever else matches.
        matchers.add(0, FoundCandidatesMatcher::found);
    }

    private static Map<String, List<Candidate>> found(Map<String, List<Candidate>> byValue) {
        Map<String, List<Candidate>> found = new LinkedHashMap<>();
        byValue.forEach((value, candidates) -> {
            List<Candidate> customers = candidates.stream().filter(c -> FOUND.equals(c.group())).toList();
            if (!customers.isEmpty()) {
                found.put(value, customers);
            }
        });
        return found;
    }
}
