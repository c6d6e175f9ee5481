package org.geoparks.catalogue.webmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebMapSettingsTest {

    @Test
    void noBaseMapIsTheDefault() {
        assertThat(new WebMapSettings(null, null, 18).baseTiles()).isEmpty();
    }

    @Test
    void aBaseMapMustBeATileTemplateOverHttpsOrOnTheServiceItself() {
        assertThat(new WebMapSettings(" https://t.example.org/{z}/{x}/{y}.png ", "© X", 19).baseTiles()).isEqualTo("https://t.example.org/{z}/{x}/{y}.png");
        assertThat(new WebMapSettings("/tiles/base/{z}/{x}/{y}.png", "", 18).baseTiles()).startsWith("/tiles");
        assertThatThrownBy(() -> new WebMapSettings("http://t.example.org/{z}/{x}/{y}.png", "", 18))
                .hasMessageContaining("https://");
        assertThatThrownBy(() -> new WebMapSettings("https://t.example.org/tiles.png", "", 18)).hasMessageContaining("{z}");
        assertThatThrownBy(() -> new WebMapSettings("", "", 30)).hasMessageContaining("1–22");
    }
}
