package org.geoparks.catalogue.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LanguageTagTest {

    @Test
    void aTagSeenAgainIsStillCanonicalAndAMalformedOneStillRefused() {
        for (int i = 0; i < 3; i++) {
            assertThat(LanguageTag.canonical("zh-hans")).isEqualTo("zh-Hans");
            assertThat(LanguageTag.canonical("VI")).isEqualTo("vi");
            assertThatThrownBy(() -> LanguageTag.canonical("x-klingon")).isInstanceOf(LanguageTag.InvalidLanguageTagException.class);
        }
    }

    @Test
    void tagsBeyondWhatIsRememberedAreCanonicalisedAllTheSame() {
        for (int i = 0; i < 1000; i++) {
            String region = String.format("%03d", i);
            assertThat(LanguageTag.canonical("EN-" + region)).isEqualTo("en-" + region);
        }
        assertThat(LanguageTag.canonical("en-gb")).isEqualTo("en-GB");
    }
}
