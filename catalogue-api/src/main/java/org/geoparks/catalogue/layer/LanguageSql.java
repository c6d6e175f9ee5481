package org.geoparks.catalogue.layer;

import java.util.stream.Collectors;
import org.geoparks.catalogue.i18n.LanguagePreference;

/**
 * SQL that picks one language from a jsonb text object, following a request's fallback chain.
 * The tags come from {@link LanguagePreference} (a closed set), so they are inlined as literals
 * and the statement stays cacheable per language.
 */
public final class LanguageSql {

    private final LanguagePreference preference;

    public LanguageSql(LanguagePreference preference) {
        this.preference = preference;
    }

    public String pick(String jsonbExpression) {
        String chain = preference.chain().stream()
                .map(tag -> jsonbExpression + "->>'" + tag.replace("'", "") + "'")
                .collect(Collectors.joining(", "));
        return "coalesce(" + chain + ", (SELECT e.value FROM jsonb_each_text(" + jsonbExpression + ") e LIMIT 1))";
    }

    public LanguagePreference preference() {
        return preference;
    }
}
