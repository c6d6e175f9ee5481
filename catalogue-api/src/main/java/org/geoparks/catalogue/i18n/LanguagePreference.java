package org.geoparks.catalogue.i18n;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which language a visitor reads, with the fallback chain when a text lacks it: the language
 * asked for, then the catalogue's fallbacks (English, then Vietnamese, then any). The one place
 * where {@code lang=zh}, {@code zh-CN} or {@code Accept-Language: zh-TW;q=0.8} become the
 * stored {@code zh-Hans}.
 */
public final class LanguagePreference {

    /** The languages every catalogued text is written in, in fallback order after the request's. */
    public static final List<String> CATALOGUE_LANGUAGES = List.of("vi", "en", "zh-Hans");
    private static final List<String> FALLBACK = List.of("en", "vi", "zh-Hans");

    private final List<String> chain;

    private LanguagePreference(List<String> chain) {
        this.chain = List.copyOf(chain);
    }

    public static LanguagePreference defaults() {
        return new LanguagePreference(FALLBACK);
    }

    /**
     * From an explicit {@code lang} parameter: must be a language the catalogue serves (after
     * matching), else {@link UnsupportedLanguageException} naming the served ones.
     */
    public static LanguagePreference explicit(String lang) {
        String canonical = LanguageTag.canonical(lang);
        String served = match(canonical).orElseThrow(() -> new UnsupportedLanguageException(lang));
        return withFirst(served);
    }

    /** From an Accept-Language header: never an error; what cannot be matched is ignored. */
    public static LanguagePreference fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return defaults();
        }
        List<String> wanted = new ArrayList<>();
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() > 0 && !range.getRange().equals("*")) {
                    match(range.getRange()).ifPresent(wanted::add);
                }
            }
        } catch (IllegalArgumentException malformed) {
            return defaults();
        }
        Set<String> chain = new LinkedHashSet<>(wanted);
        chain.addAll(FALLBACK);
        return new LanguagePreference(new ArrayList<>(chain));
    }

    private static LanguagePreference withFirst(String first) {
        Set<String> chain = new LinkedHashSet<>();
        chain.add(first);
        chain.addAll(FALLBACK);
        return new LanguagePreference(new ArrayList<>(chain));
    }

    /** The served language a requested tag means: {@code zh}, {@code zh-CN}, {@code zh-Hant-TW} → {@code zh-Hans}; {@code en-GB} → {@code en}. */
    static Optional<String> match(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        String primary = lower.split("-")[0];
        for (String served : CATALOGUE_LANGUAGES) {
            if (served.toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(served);
            }
        }
        if (primary.equals("zh") || primary.equals("cmn")) {
            // Only Simplified Chinese is written; readers of Traditional read it better than English.
            return Optional.of("zh-Hans");
        }
        return CATALOGUE_LANGUAGES.stream().filter(s -> s.equals(primary)).findFirst();
    }

    public List<String> chain() {
        return chain;
    }

    public String primary() {
        return chain.get(0);
    }

    /** The text in the first language of the chain that has one, with the language it is in. */
    public Optional<Localized> pick(LocalizedText text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        for (String tag : chain) {
            String value = text.texts().get(tag);
            if (value != null) {
                return Optional.of(new Localized(tag, value));
            }
        }
        var any = text.texts().entrySet().iterator().next();
        return Optional.of(new Localized(any.getKey(), any.getValue()));
    }

    /** A text and the language it is written in. */
    public record Localized(String language, String text) {
    }

    /** A well-formed language the catalogue does not serve. */
    public static final class UnsupportedLanguageException extends IllegalArgumentException {
        public UnsupportedLanguageException(String lang) {
            super("The catalogue does not serve '" + lang + "'; it serves " + String.join(", ", CATALOGUE_LANGUAGES)
                    + " (zh, zh-CN and zh-TW select zh-Hans).");
        }
    }
}
