package org.geoparks.importer.source;

import java.nio.charset.CharacterCodingException;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * What SnakeYAML's refusals mean to the person who wrote the file: where the YAML is wrong, a
 * character YAML does not allow, bytes that are not UTF-8 text, or an explicit type tag on a value
 * it does not fit. SnakeYAML reports the second and third without a line, and the last not as a
 * YAMLException at all: {@code !!set} on a text is a ClassCastException, {@code !!binary} on text
 * that is not Base64 or {@code !!int} on a word an IllegalArgumentException.
 */
public final class YamlErrors {

    private YamlErrors() {
    }

    /** "is not valid YAML at line 3: …" and the like, to follow the file's name; {@code e} is what loading the YAML threw. */
    public static String describe(RuntimeException e) {
        if (e instanceof ClassCastException || e instanceof IllegalArgumentException) {
            return "has a value with an explicit YAML type (such as !!set, !!binary or !!int) that does not fit it";
        }
        if (!(e instanceof YAMLException)) {
            return "is YAML the importer cannot read (" + e.getClass().getSimpleName() + ")";
        }
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return "is not valid YAML at line " + (marked.getProblemMark().getLine() + 1) + ": " + firstLine(marked.getProblem());
        }
        if (e instanceof ReaderException reader) {
            return "has the character U+%04X at character %d, which YAML does not allow in a file"
                    .formatted(reader.getCodePoint(), reader.getPosition() + 1);
        }
        if (e.getCause() instanceof CharacterCodingException) {
            return "is not UTF-8 text; save it as UTF-8";
        }
        return "is not valid YAML: " + firstLine(e.getMessage());
    }

    private static String firstLine(String message) {
        return message == null || message.isBlank() ? "the YAML parser gave no reason" : message.lines().findFirst().orElse(message);
    }
}
