package dev.rapport.cli.transfer;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.app.TabularSource;
import dev.rapport.io.CsvSource;
import dev.rapport.io.Format;
import dev.rapport.io.YamlSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens the file an import names ({@code -} for stdin) as CSV, TSV, JSON or YAML: each as export
 * writes it, so that what export writes, import reads back.
 */
final class InputFiles {

    private InputFiles() {
    }

    static TabularSource open(String file, Format format, String encoding, List<String> yamlHeader) {
        Charset charset = charset(encoding);
        boolean stdin = file.equals("-");
        Format chosen = format != null ? format : byExtension(file);
        InputStream in;
        long size = -1;
        String name = stdin ? "stdin" : file;
        if (stdin) {
            in = System.in;
        } else {
            Path path = Path.of(file);
            try {
                if (Files.isDirectory(path)) {
                    throw new RapportException(ExitStatus.NO_INPUT, file + " is a directory, not a file");
                }
                size = Files.size(path);
                in = Files.newInputStream(path);
            } catch (NoSuchFileException e) {
                throw new RapportException(ExitStatus.NO_INPUT, file + ": no such file");
            } catch (AccessDeniedException e) {
                throw new RapportException(ExitStatus.NO_INPUT, file + ": permission denied");
            } catch (IOException e) {
                throw new RapportException(ExitStatus.NO_INPUT, file + ": cannot read: " + e.getMessage(), e);
            }
        }
        return switch (chosen) {
            case yaml -> YamlSource.yaml(name, new InputStreamReader(in, charset), yamlHeader);
            case json -> YamlSource.json(name, new InputStreamReader(in, charset), yamlHeader);
            case tsv -> CsvSource.open(name, in, size, charset, true);
            case csv -> CsvSource.open(name, in, size, charset);
            default -> throw new IllegalStateException("an import does not read " + chosen);
        };
    }

    /** {@code .yaml} or {@code .yml}, {@code .json}, {@code .tsv} or {@code .tab}; anything else is CSV. */
    private static Format byExtension(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        if (name.matches(".*\\.ya?ml$")) {
            return Format.yaml;
        }
        if (name.endsWith(".json")) {
            return Format.json;
        }
        return name.endsWith(".tsv") || name.endsWith(".tab") ? Format.tsv : Format.csv;
    }

    private static Charset charset(String encoding) {
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw RapportException.usage("--encoding " + encoding + ": unknown encoding; use e.g. UTF-8, windows-1252 or ISO-8859-1");
        }
    }
}
