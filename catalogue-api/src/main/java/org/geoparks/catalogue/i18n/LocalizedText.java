package org.geoparks.catalogue.i18n;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A text in several languages, keyed by canonical BCP 47 tags. Stored as a jsonb object
 * ({"vi": "…", "en": "…", "zh-Hans": "…"}) and written the same way in JSON.
 */
public record LocalizedText(Map<String, String> texts) {

    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        Map<String, String> canonical = new LinkedHashMap<>();
        if (texts != null) {
            texts.forEach((tag, text) -> {
                if (text != null && !text.isBlank()) {
                    canonical.put(LanguageTag.canonical(tag), text.strip());
                }
            });
        }
        texts = Collections.unmodifiableMap(canonical);
    }

    @JsonCreator
    public static LocalizedText of(Map<String, String> texts) {
        return texts == null || texts.isEmpty() ? EMPTY : new LocalizedText(texts);
    }

    public static LocalizedText of(String tag, String text) {
        return new LocalizedText(Map.of(tag, text));
    }

    @JsonValue
    @Override
    public Map<String, String> texts() {
        return texts;
    }

    public Optional<String> get(String tag) {
        return Optional.ofNullable(texts.get(LanguageTag.canonical(tag)));
    }

    public Set<String> languages() {
        return texts.keySet();
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    public boolean has(String tag) {
        return texts.containsKey(LanguageTag.canonical(tag));
    }
}
