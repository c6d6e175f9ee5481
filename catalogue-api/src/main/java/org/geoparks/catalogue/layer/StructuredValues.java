package org.geoparks.catalogue.layer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.support.InvalidRecordException;

/**
 * Reading the parts of structured field values (a certificate's number, a product's texts) as
 * sources give them: objects of names and values, with errors that name the field.
 */
public final class StructuredValues {

    private StructuredValues() {
    }

    /** A list of objects; empty when absent. */
    public static List<Map<String, Object>> objects(Object value, String field) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidRecordException(field, "expected a list of objects");
        }
        return list.stream().map(item -> object(item, field)).toList();
    }

    /** An object of names and values, or null. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object value, String field) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new InvalidRecordException(field, "expected an object");
    }

    /** A text per language given as an object of language: text; empty when absent. */
    public static LocalizedText text(Object value, String field) {
        if (value == null) {
            return LocalizedText.EMPTY;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, String> texts = new LinkedHashMap<>();
            map.forEach((language, text) -> {
                if (text != null) {
                    texts.put(String.valueOf(language), text.toString());
                }
            });
            return LocalizedText.of(texts);
        }
        throw new InvalidRecordException(field, "expected texts per language ({\"vi\": …, \"en\": …})");
    }

    public static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
