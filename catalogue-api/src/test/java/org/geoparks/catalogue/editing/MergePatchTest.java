package org.geoparks.catalogue.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergePatchTest {

    @Test
    void aTextObjectChangesTheLanguagesItNamesAndKeepsTheOthers() {
        Map<String, Object> record = Map.of("advice", Map.of("vi", "Không vào hang", "en", "Do not enter"), "severity", "high");

        Map<String, Object> patched = MergePatch.apply(record, Map.of("advice", Map.of("en", "Keep out of the cave")));

        assertThat(patched).isEqualTo(Map.of("advice", Map.of("vi", "Không vào hang", "en", "Keep out of the cave"), "severity", "high"));
    }

    @Test
    void nullRemovesAndAnythingButAnObjectReplaces() {
        Map<String, Object> record = Map.of("valid_until", "2026-12-10", "languages", List.of("vi", "en"), "title", Map.of("en", "x"));
        Map<String, Object> patch = new HashMap<>();
        patch.put("valid_until", null);
        patch.put("languages", List.of("zh-Hans"));
        patch.put("title", "plain");

        assertThat(MergePatch.apply(record, patch)).isEqualTo(Map.of("languages", List.of("zh-Hans"), "title", "plain"));
    }
}
