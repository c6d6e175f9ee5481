package org.geoparks.catalogue.support;

import java.util.List;
import java.util.regex.Pattern;
import org.geoparks.catalogue.i18n.LanguageTag;
import org.geoparks.catalogue.i18n.LocalizedText;

/** The field rules drafts share, each stated once. */
public final class Require {

    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{1,119}$");

    private Require() {
    }

    public static String id(String field, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidRecordException(field, "'" + id + "' is not a valid id (lower-case letters, digits and '-', 2–120 characters)");
        }
        return id;
    }

    public static LocalizedText text(String field, LocalizedText text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidRecordException(field, "is required in at least one language");
        }
        return text;
    }

    public static LocalizedText optional(LocalizedText text) {
        return text == null ? LocalizedText.EMPTY : text;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidRecordException(field, "is required");
        }
        return value;
    }

    public static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    public static List<String> languages(String field, List<String> tags) {
        try {
            return list(tags).stream().map(LanguageTag::canonical).distinct().toList();
        } catch (LanguageTag.InvalidLanguageTagException e) {
            throw new InvalidRecordException(field, e.getMessage());
        }
    }
}
