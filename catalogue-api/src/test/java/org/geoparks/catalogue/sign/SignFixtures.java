package org.geoparks.catalogue.sign;

import java.time.LocalDate;
import java.util.List;
import org.geoparks.catalogue.testing.Fixtures;

/** Sign drafts for tests. */
public final class SignFixtures {

    private SignFixtures() {
    }

    public static SignDraft board(String id, String servesPlaceId, String servesHazardId) {
        return new SignDraft(id, "non-nuoc-cao-bang", SignType.INTERPRETATION, SignCondition.GOOD,
                LocalDate.of(2024, 6, 15), LocalDate.of(2025, 10, 2), List.of("vi", "en", "zh-Hans"), servesPlaceId, servesHazardId,
                Fixtures.trilingual("Thác Bản Giốc", "Bản Giốc Waterfall", "板约瀑布"), "https://example.org/signs/1.jpg", true,
                Fixtures.point(106.7209, 22.8548), List.of("test"), "±10 m");
    }
}
