package org.geoparks.importer.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The formats the importer reads, chosen by name or by the file's ending. */
@Component
public class Formats {

    private final List<FileFormat> formats;

    public Formats(List<FileFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    public FileFormat forFile(Path file, String formatName) {
        if (formatName != null) {
            return formats.stream().filter(f -> f.name().equalsIgnoreCase(formatName)).findFirst()
                    .orElseThrow(() -> new UnreadableFileException("unknown format '" + formatName + "'; known: " + names()));
        }
        if (!Files.exists(file)) {
            throw new UnreadableFileException(file + " does not exist");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ending = Files.isDirectory(file) ? "/" : name.contains(".") ? name.substring(name.indexOf('.') + 1) : "";
        for (FileFormat format : formats) {
            for (String extension : format.extensions()) {
                if (ending.equals(extension) || ending.endsWith("." + extension) || name.endsWith("." + extension)) {
                    return format;
                }
            }
        }
        throw new UnreadableFileException("cannot tell the format of " + file.getFileName() + " from its name; known formats: " + names()
                + " (or name one with --format)");
    }

    private String names() {
        return formats.stream().map(f -> f.name() + " (." + String.join(", .", f.extensions()) + ")").collect(Collectors.joining("; "));
    }
}
