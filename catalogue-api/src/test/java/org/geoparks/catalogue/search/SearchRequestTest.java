package org.geoparks.catalogue.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    private static SearchRequest parse(Map<String, String> params) {
        return SearchRequest.parse(params, null, false);
    }

    @Test
    void readsEveryParameter() {
        SearchRequest r = parse(Map.of("q", "  ban gioc ", "lang", "zh-CN", "near", "22.85,106.72", "radius", "5km",
                "bbox", "106.5,22.7,106.8,22.9", "kind", "cave,waterfall", "park", "lang-son", "limit", "20", "offset", "40",
                "sort", "distance"));
        assertThat(r.q()).isEqualTo("ban gioc");
        assertThat(r.language().primary()).isEqualTo("zh-Hans");
        assertThat(r.near()).isEqualTo(new SearchRequest.Near(22.85, 106.72));
        assertThat(r.radiusM()).isEqualTo(5000);
        assertThat(r.kinds()).containsExactly("cave", "waterfall");
        assertThat(r.byDistance()).isTrue();
    }

    @Test
    void theLanguageComesFromAcceptLanguageWhenLangIsAbsent() {
        assertThat(SearchRequest.parse(Map.of("q", "x"), "vi-VN,vi;q=0.9", false).language().primary()).isEqualTo("vi");
    }

    @Test
    void swappedCoordinatesAreNamedAsSuch() {
        assertThatThrownBy(() -> parse(Map.of("near", "106.72,22.85")))
                .isInstanceOf(SearchRequestException.class).hasMessageContaining("longitude first");
    }

    @Test
    void refusesWhatCannotBeAnswered() {
        for (Map<String, String> bad : java.util.List.of(Map.of("q", "x".repeat(257)), Map.of("q", "a\u0000b"),
                Map.of("near", "1,2,3"), Map.of("near", "Infinity,2"), Map.of("radius", "5"), Map.of("near", "1,2", "radius", "0"),
                Map.of("bbox", "0,10,1,5"), Map.of("bbox", "200,0,1,1"), Map.of("limit", "101"), Map.of("offset", "1001"),
                Map.of("kind", "volcano"), Map.of("layer", "park"), Map.of("park", "Lang Son"), Map.of("sort", "distance"),
                Map.of("format", "xml"))) {
            assertThatThrownBy(() -> parse(bad)).as(bad.toString()).isInstanceOf(SearchRequestException.class);
        }
        assertThatThrownBy(() -> parse(Map.of("lang", "fr"))).isInstanceOf(LanguagePreference.UnsupportedLanguageException.class);
    }

    @Test
    void suggestionsTakeFewerParameters() {
        assertThatThrownBy(() -> SearchRequest.parse(Map.of("q", "b", "bbox", "1,1,2,2"), null, true))
                .isInstanceOf(SearchRequestException.class);
        assertThat(SearchRequest.parse(Map.of("q", "b"), null, true).limit()).isEqualTo(8);
    }
}
