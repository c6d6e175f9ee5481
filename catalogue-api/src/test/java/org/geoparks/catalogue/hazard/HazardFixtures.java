package org.geoparks.catalogue.hazard;

import java.time.Instant;
import java.util.List;
import org.geoparks.catalogue.testing.Fixtures;

/** Hazard drafts for tests. */
public final class HazardFixtures {

    private HazardFixtures() {
    }

    public static HazardDraft highWater(String id, String placeId, HazardStatus status, Instant from, Instant until) {
        return new HazardDraft(id, "non-nuoc-cao-bang", placeId, HazardType.HIGH_WATER, Severity.HIGH, status, from, until,
                Fixtures.trilingual("Nước dâng ở chân thác", "High water below the falls", "瀑布下方水位上涨"),
                Fixtures.trilingual("Không xuống bè khi nước đục", "Do not board the rafts when the water is muddy", "水浑时请勿乘坐竹筏"),
                Fixtures.box(106.718, 22.853, 106.724, 22.857), List.of("test"), "±100 m");
    }
}
