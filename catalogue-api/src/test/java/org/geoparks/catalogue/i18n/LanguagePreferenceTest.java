package org.geoparks.catalogue.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

    @Test
    void negotiationTriesLangThenAcceptLanguageThenTheParkThenTheCatalogue() {
        List<String> park = List.of("vi", "en", "zh-Hans");

        assertThat(LanguagePreference.negotiate("zh", "vi", park).choose(List.of("vi", "en", "zh-Hans")))
                .contains(new LanguagePreference.Choice("zh-Hans", LanguagePreference.Source.REQUESTED));
        assertThat(LanguagePreference.negotiate(null, "fr-FR,vi;q=0.8", park).choose(List.of("vi", "en")))
                .contains(new LanguagePreference.Choice("vi", LanguagePreference.Source.ACCEPT_LANGUAGE));
        assertThat(LanguagePreference.negotiate("zh", null, park).choose(List.of("vi", "en")))
                .as("zh, then en, then vi").contains(new LanguagePreference.Choice("en", LanguagePreference.Source.PARK_FALLBACK));
        assertThat(LanguagePreference.negotiate(null, null, List.of("zh-Hans")).choose(List.of("vi", "zh-Hans")))
                .contains(new LanguagePreference.Choice("zh-Hans", LanguagePreference.Source.PARK_FALLBACK));
        assertThat(LanguagePreference.negotiate(null, null, List.of()).choose(List.of("vi")))
                .contains(new LanguagePreference.Choice("vi", LanguagePreference.Source.CATALOGUE_FALLBACK));
        assertThat(LanguagePreference.negotiate(null, null, park).choose(List.of("fr")))
                .contains(new LanguagePreference.Choice("fr", LanguagePreference.Source.ONLY_AVAILABLE));
        assertThat(LanguagePreference.negotiate(null, null, park).choose(List.of())).isEmpty();
    }

    @Test
    void negotiationRefusesALangTheCatalogueDoesNotServeButNeverAnAcceptLanguage() {
        assertThatThrownBy(() -> LanguagePreference.negotiate("fr", null, List.of("vi")))
                .isInstanceOf(LanguagePreference.UnsupportedLanguageException.class);
        assertThat(LanguagePreference.negotiate(null, ";;;garbage", List.of("vi")).primary()).isEqualTo("vi");
    }
}
