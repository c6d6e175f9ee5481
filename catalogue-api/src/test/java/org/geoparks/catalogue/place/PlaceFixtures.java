package org.geoparks.catalogue.place;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.layer.MapFieldValues;
import org.geoparks.catalogue.testing.Fixtures;
import org.locationtech.jts.geom.Geometry;

/**
 * Place drafts for tests, read through the places layer's declaration as a form would give them:
 * a test names only what it is about, and a field added to the layer needs no change here.
 */
public final class PlaceFixtures {

    private PlaceFixtures() {
    }

    /**
     * A place of Non nước Cao Bằng.
     *
     * @param more any other fields, by their names in the layer's declaration (e.g. {@code sensitivity})
     */
    public static PlaceDraft place(String id, PlaceKind kind, LocalizedText name, Geometry at, Map<String, Object> more) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("park", "non-nuoc-cao-bang");
        values.put("kind", kind.code());
        values.put("name", name.texts());
        values.put("source", List.of("test"));
        values.put("position_precision", "±10 m");
        values.putAll(more);
        return PlaceLayer.DECLARATION.reader().read(new MapFieldValues(id, at, values, null, Fixtures.json())).get(0).draft();
    }
}
