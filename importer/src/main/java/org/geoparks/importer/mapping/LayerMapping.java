package org.geoparks.importer.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geoparks.importer.source.YamlErrors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * How the attributes of a source file map to catalogue fields, declared in YAML:
 *
 * <pre>
 * layer: places
 * id: MA_DIEM
 * fields:
 *   name: { vi: TEN_DIEM, en: TEN_EN }
 *   kind: LOAI
 *   tags: { column: THE, split: ";" }
 *   park: { value: lang-son }
 * </pre>
 *
 * A field the mapping does not name is read from the attribute of the same name, which is how
 * files in the catalogue's own format (geodata/FORMAT.md) need no mapping at all.
 */
public record LayerMapping(String layer, String idColumn, Map<String, FieldSource> fields) {

    public static LayerMapping identity(String layer) {
        return new LayerMapping(layer, null, Map.of());
    }

    public Optional<FieldSource> sourceOf(String field) {
        return Optional.ofNullable(fields.get(field));
    }

    public static LayerMapping read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    public static LayerMapping read(InputStream in, String name) throws IOException {
        Object document;
        try {
            // SnakeYAML decodes the stream itself, strictly, and tells a UTF-8 error from a YAML one.
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (RuntimeException e) {
            // YAMLException, and what SnakeYAML's constructors throw for a misused type tag.
            throw new MappingException(name + " " + YamlErrors.describe(e));
        }
        if (!(document instanceof Map<?, ?> root)) {
            throw new MappingException(name + ": a mapping file is a YAML object with 'layer', 'id' and 'fields'");
        }
        Object layer = scalar(name, root, "layer");
        Object id = scalar(name, root, "id");
        Map<String, FieldSource> fields = new LinkedHashMap<>();
        Object declared = root.get("fields");
        if (declared != null && !(declared instanceof Map<?, ?>)) {
            throw new MappingException(name + ": 'fields' must be an object of field: source");
        }
        if (declared instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                fields.put(String.valueOf(e.getKey()), source(name, String.valueOf(e.getKey()), e.getValue()));
            }
        }
        return new LayerMapping(layer == null ? null : layer.toString(), id == null ? null : id.toString(), Map.copyOf(fields));
    }

    private static FieldSource source(String name, String field, Object spec) {
        if (spec instanceof String column) {
            return new FieldSource.Column(column);
        }
        if (spec instanceof Map<?, ?> map) {
            if (map.containsKey("value")) {
                return new FieldSource.Constant(map.get("value"));
            }
            if (map.containsKey("column")) {
                Object column = map.get("column");
                if (column == null || column instanceof Map<?, ?> || column instanceof List<?> || column.toString().isBlank()) {
                    throw new MappingException(name + ": field '" + field + "' says {column: …} but names no column");
                }
                Object split = map.get("split");
                if (split instanceof Map<?, ?> || split instanceof List<?> || (split != null && split.toString().isEmpty())) {
                    throw new MappingException(name + ": field '" + field + "': 'split' is the text between the values, e.g. \";\"");
                }
                return split == null ? new FieldSource.Column(column.toString())
                        : new FieldSource.Split(column.toString(), split.toString());
            }
            if (map.isEmpty()) {
                throw new MappingException(name + ": field '" + field + "' maps to an empty object; name a column");
            }
            Map<String, String> perLanguage = new LinkedHashMap<>();
            map.forEach((language, column) -> {
                if (column == null || column instanceof Map<?, ?> || column instanceof List<?> || column.toString().isBlank()) {
                    throw new MappingException(name + ": field '" + field + "', language '" + language + "' names no column");
                }
                perLanguage.put(String.valueOf(language), column.toString());
            });
            return new FieldSource.PerLanguage(perLanguage);
        }
        throw new MappingException(name + ": field '" + field + "' must map to a column name, {column, split}, {value} or {language: column}");
    }

    /** A top-level entry that must be one value (a layer's name, a column's name), or null when absent. */
    private static Object scalar(String name, Map<?, ?> root, String key) {
        Object value = root.get(key);
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new MappingException(name + ": '" + key + "' must be a single name, not a list or an object");
        }
        return value;
    }

    /** A mapping file that cannot be used, with the reason. */
    public static class MappingException extends RuntimeException {
        public MappingException(String message) {
            super(message);
        }
    }
}
