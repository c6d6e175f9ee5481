package org.geoparks.catalogue.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void tagsAreStoredInCanonicalCaseAndBlankTextsDropped() {
        LocalizedText text = LocalizedText.of(Map.of("ZH-hans", "板约瀑布", "EN", "Bản Giốc", "vi", "  "));
        assertThat(text.languages()).containsExactlyInAnyOrder("zh-Hans", "en");
    }

    @Test
    void aMalformedTagIsRefused() {
        assertThatThrownBy(() -> LocalizedText.of("english please", "x")).isInstanceOf(LanguageTag.InvalidLanguageTagException.class);
        assertThatThrownBy(() -> LocalizedText.of("en-u-ca-gregory", "x")).isInstanceOf(LanguageTag.InvalidLanguageTagException.class);
    }

    @Test
    void itIsWrittenAsAPlainJsonObject() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String written = json.writeValueAsString(LocalizedText.of("vi", "Hồ Thang Hen"));
        assertThat(written).isEqualTo("{\"vi\":\"Hồ Thang Hen\"}");
        assertThat(json.readValue(written, LocalizedText.class).get("vi")).contains("Hồ Thang Hen");
    }
}
