package org.geoparks.importer.layer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.park.ParkDraft;
import org.geoparks.catalogue.place.MediaLink;
import org.geoparks.catalogue.place.PlaceDraft;
import org.geoparks.catalogue.place.PlaceKind;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.place.PlaceStatus;
import org.geoparks.catalogue.place.Sensitivity;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.importer.mapping.MappedRecord;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

/** Places: geosites, caves, relics, villages… */
@Component
class PlaceTarget implements LayerTarget {

    private final PlaceService places;
    private final ObjectMapper json;

    PlaceTarget(PlaceService places, ObjectMapper json) {
        this.places = places;
        this.json = json;
    }

    @Override
    public String layer() {
        return "places";
    }

    @Override
    public void prefetch(List<MappedRecord> batch, ImportContext context) {
        List<String> ids = new java.util.ArrayList<>();
        List<String> external = new java.util.ArrayList<>();
        for (MappedRecord r : batch) {
            if (r.id() != null) {
                external.add(r.id());
                try {
                    ids.add(CatalogueIds.from(r.id()));
                } catch (InvalidRecordException e) {
                    // reported when the record is written
                }
            }
        }
        places.prefetchForImport(context.source(), ids, external);
    }

    @Override
    public List<WrittenRecord> write(MappedRecord r, ImportContext context) {
        String id = CatalogueIds.from(r.id());
        PlaceDraft draft = new PlaceDraft(id, Fields.park(r, context), Fields.coded(r, "kind", PlaceKind.class),
                r.text("name"), r.text("description"), r.list("transliterated"),
                Fields.coded(r, "status", PlaceStatus.class), r.text("status_reason"),
                Fields.coded(r, "sensitivity", Sensitivity.class), r.geometry(), protectionZone(r),
                r.list("tags"), r.list("facilities"), r.text("accessibility"), media(r), r.number("elevation_m"),
                r.string("outside_park"), attributes(r), r.list("source"), r.string("position_precision"));
        return List.of(new WrittenRecord(id, places.importPlace(context.keyOf(r.id()), draft, context.options())));
    }

    private org.locationtech.jts.geom.MultiPolygon protectionZone(MappedRecord r) {
        Object zone = r.raw("protection_zone");
        if (zone == null) {
            return null;
        }
        try {
            return ParkDraft.asMultiPolygon(json.convertValue(zone, Geometry.class));
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException("protection_zone", "is not a GeoJSON polygon: " + e.getMessage());
        }
    }

    private List<MediaLink> media(MappedRecord r) {
        Object media = r.raw("media");
        if (media == null) {
            return List.of();
        }
        try {
            return List.of(json.convertValue(media, MediaLink[].class));
        } catch (IllegalArgumentException e) {
            Throwable cause = e.getCause() != null && e.getCause().getCause() instanceof InvalidRecordException ire ? ire : e;
            throw cause instanceof InvalidRecordException ire ? ire : new InvalidRecordException("media", "expected [{type, url, licence}]: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributes(MappedRecord r) {
        Object attributes = r.raw("attributes");
        if (attributes == null) {
            return Map.of();
        }
        if (attributes instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new InvalidRecordException("attributes", "expected an object");
    }
}
