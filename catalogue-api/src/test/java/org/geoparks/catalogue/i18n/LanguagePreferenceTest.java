package org.geoparks.catalogue.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguagePreferenceTest {

    private final LocalizedText name = LocalizedText.of(Map.of("vi", "Thác Bản Giốc", "en", "Bản Giốc waterfall", "zh-Hans", "板约瀑布"));

    @Test
    void chineseInAnyFormSelectsSimplifiedChinese() {
        assertThat(LanguagePreference.explicit("zh").primary()).isEqualTo("zh-Hans");
        assertThat(LanguagePreference.explicit("zh-CN").primary()).isEqualTo("zh-Hans");
        assertThat(LanguagePreference.explicit("ZH-hans").primary()).isEqualTo("zh-Hans");
        assertThat(LanguagePreference.fromAcceptLanguage("zh-TW,zh;q=0.8").primary()).isEqualTo("zh-Hans");
    }

    @Test
    void acceptLanguageFollowsTheVisitorsOrderAndNeverFails() {
        assertThat(LanguagePreference.fromAcceptLanguage("fr-FR,vi;q=0.7,en;q=0.5").chain()).startsWith("vi", "en");
        assertThat(LanguagePreference.fromAcceptLanguage("fr").primary()).isEqualTo("en");
        assertThat(LanguagePreference.fromAcceptLanguage(";;;garbage").primary()).isEqualTo("en");
        assertThat(LanguagePreference.fromAcceptLanguage(null).primary()).isEqualTo("en");
    }

    @Test
    void anExplicitLanguageTheCatalogueDoesNotServeIsAnError() {
        assertThatThrownBy(() -> LanguagePreference.explicit("fr"))
                .isInstanceOf(LanguagePreference.UnsupportedLanguageException.class).hasMessageContaining("vi, en, zh-Hans");
        assertThatThrownBy(() -> LanguagePreference.explicit("not a tag!"))
                .isInstanceOf(LanguageTag.InvalidLanguageTagException.class);
    }

    @Test
    void aMissingTranslationFallsBackThroughTheChain() {
        LocalizedText onlyVietnamese = LocalizedText.of("vi", "Động Ngườm Ngao");
        assertThat(LanguagePreference.explicit("zh").pick(onlyVietnamese).orElseThrow())
                .isEqualTo(new LanguagePreference.Localized("vi", "Động Ngườm Ngao"));
        assertThat(LanguagePreference.explicit("vi").pick(name).orElseThrow().text()).isEqualTo("Thác Bản Giốc");
        assertThat(LanguagePreference.defaults().pick(LocalizedText.EMPTY)).isEmpty();
    }
}
