package org.geoparks.catalogue.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile language tags, {@code lang} parameters and Accept-Language headers: each gives a
 * language, or the documented refusal ({@link LanguageTag.InvalidLanguageTagException},
 * {@link LanguagePreference.UnsupportedLanguageException}); Accept-Language never fails. The build
 * runs the committed inputs; {@code bench/fuzz.sh} fuzzes (docs/reliability.md).
 */
@Timeout(30)
class LanguageFuzzTest {

    private static final int MAX_INPUT = 4096;

    @FuzzTest
    @DictionaryEntries({"vi", "en", "zh", "zh-Hans", "zh-Hant", "-", "_", "x-", "u-", "CN", "TW", "419", "cmn", "und", "i-"})
    void anyLanguageTagIsCanonicalOrRefused(byte[] input) {
        if (input.length > MAX_INPUT) {
            return;
        }
        String tag = new String(input, StandardCharsets.UTF_8);
        String canonical;
        try {
            canonical = LanguageTag.canonical(tag);
        } catch (LanguageTag.InvalidLanguageTagException refused) {
            return;
        }
        assertThat(LanguageTag.canonical(canonical)).as("canonical of '%s' is stable", tag).isEqualTo(canonical);
    }

    @FuzzTest
    @DictionaryEntries({"vi", "en", "zh", "zh-Hans", "zh-Hant", "-", "_", "x-", "CN", "TW", "cmn", "und"})
    void anyLangParameterIsServedOrRefused(byte[] input) {
        if (input.length > MAX_INPUT) {
            return;
        }
        String lang = new String(input, StandardCharsets.UTF_8);
        try {
            assertThat(LanguagePreference.CATALOGUE_LANGUAGES).contains(LanguagePreference.explicit(lang).primary());
        } catch (LanguageTag.InvalidLanguageTagException | LanguagePreference.UnsupportedLanguageException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @FuzzTest
    @DictionaryEntries({"vi", "en", "zh", "zh-Hans", "zh-TW", ";q=", "0.", "1", ",", "*", "-", " "})
    void anyAcceptLanguageGivesAPreference(byte[] input) {
        if (input.length > MAX_INPUT) {
            return;
        }
        String header = new String(input, StandardCharsets.UTF_8);
        LanguagePreference preference = LanguagePreference.fromAcceptLanguage(header);
        assertThat(preference.chain()).isNotEmpty().allMatch(LanguagePreference.CATALOGUE_LANGUAGES::contains);
    }
}
