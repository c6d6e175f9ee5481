package org.geoparks.catalogue.hazard;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.layer.MapFieldValues;
import org.geoparks.catalogue.testing.Fixtures;

/** Hazard drafts for tests, read through the hazards layer's declaration as a form would give them. */
public final class HazardFixtures {

    private HazardFixtures() {
    }

    public static HazardDraft highWater(String id, String placeId, HazardStatus status, Instant from, Instant until) {
        return highWater(id, placeId, status, from, until, Map.of());
    }

    /** @param more any other fields, by their names in the layer's declaration (e.g. {@code season_start}) */
    public static HazardDraft highWater(String id, String placeId, HazardStatus status, Instant from, Instant until, Map<String, Object> more) {
        Map<String, Object> values = new HashMap<>();
        values.put("park", "non-nuoc-cao-bang");
        values.put("place", placeId);
        values.put("type", HazardType.HIGH_WATER.code());
        values.put("severity", Severity.HIGH.code());
        values.put("status", status.code());
        values.put("valid_from", from == null ? null : from.toString());
        values.put("valid_until", until == null ? null : until.toString());
        values.put("title", Fixtures.trilingual("Nước dâng ở chân thác", "High water below the falls", "瀑布下方水位上涨").texts());
        values.put("advice", Fixtures.trilingual("Không xuống bè khi nước đục", "Do not board the rafts when the water is muddy",
                "水浑时请勿乘坐竹筏").texts());
        values.put("source", List.of("test"));
        values.put("position_precision", "±100 m");
        values.putAll(more);
        return HazardLayer.DECLARATION.reader()
                .read(new MapFieldValues(id, Fixtures.box(106.718, 22.853, 106.724, 22.857), values, null, Fixtures.json())).get(0).draft();
    }
}
