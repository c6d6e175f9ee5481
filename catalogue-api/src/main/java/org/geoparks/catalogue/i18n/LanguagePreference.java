package org.geoparks.catalogue.i18n;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
    /** Why each language of the chain is in it, position by position. */
    private final List<Source> sources;

    private LanguagePreference(List<String> chain) {
        this(chain, chain.stream().map(tag -> Source.CATALOGUE_FALLBACK).toList());
    }

    private LanguagePreference(List<String> chain, List<Source> sources) {
        this.chain = List.copyOf(chain);
        this.sources = List.copyOf(sources);
    }

    /** Why a language was chosen, as answers tell their clients. */
    public enum Source {
        /** The request's {@code lang} parameter. */
        REQUESTED("lang"),
        /** The request's Accept-Language header. */
        ACCEPT_LANGUAGE("accept-language"),
        /** The languages the park serves, in the catalogue's fallback order. */
        PARK_FALLBACK("park-fallback"),
        /** The catalogue's own fallback order. */
        CATALOGUE_FALLBACK("catalogue-fallback"),
        /** None of the above was available: the only language there is. */
        ONLY_AVAILABLE("only-available");

        private final String code;

        Source(String code) {
            this.code = code;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return code;
        }
    }

    /** A language chosen among those available, and why. */
    public record Choice(String language, Source source) {
    }

    /**
     * For content a park offers in some languages (audio-guide narrations): the {@code lang}
     * parameter when given (it must be a served language), then the Accept-Language header's
     * languages in the visitor's order, then the park's languages in the catalogue's fallback
     * order (English, Vietnamese, Chinese), then the catalogue's other languages. So a Chinese
     * visitor at a park without a Chinese narration hears English before Vietnamese.
     */
    public static LanguagePreference negotiate(String lang, String acceptLanguage, List<String> parkLanguages) {
        return chain(lang == null || lang.isBlank() ? null : explicit(lang).primary(), acceptLanguage,
                parkLanguages == null ? List.of() : parkLanguages);
    }

    /** The one construction of a chain: requested, accepted, the park's, the catalogue's fallback. */
    private static LanguagePreference chain(String requested, String acceptLanguage, List<String> parkLanguages) {
        Map<String, Source> chain = new LinkedHashMap<>();
        if (requested != null) {
            chain.put(requested, Source.REQUESTED);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    if (range.getWeight() > 0 && !range.getRange().equals("*")) {
                        match(range.getRange()).ifPresent(tag -> chain.putIfAbsent(tag, Source.ACCEPT_LANGUAGE));
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed header says nothing usable: ignored, never an error
            }
        }
        List<String> park = parkLanguages.stream().map(tag -> match(tag).orElse(tag)).toList();
        FALLBACK.stream().filter(park::contains).forEach(tag -> chain.putIfAbsent(tag, Source.PARK_FALLBACK));
        park.forEach(tag -> chain.putIfAbsent(tag, Source.PARK_FALLBACK));
        FALLBACK.forEach(tag -> chain.putIfAbsent(tag, Source.CATALOGUE_FALLBACK));
        return new LanguagePreference(new ArrayList<>(chain.keySet()), new ArrayList<>(chain.values()));
    }

    /**
     * The first language of the chain among those available, and why it was chosen; any available
     * one when the chain names none of them; empty when nothing is available.
     */
    public Optional<Choice> choose(Collection<String> available) {
        for (int i = 0; i < chain.size(); i++) {
            if (available.contains(chain.get(i))) {
                return Optional.of(new Choice(chain.get(i), sources.get(i)));
            }
        }
        return available.stream().sorted().findFirst().map(tag -> new Choice(tag, Source.ONLY_AVAILABLE));
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
        return chain(null, header, List.of());
    }

    private static LanguagePreference withFirst(String first) {
        return chain(first, null, List.of());
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
