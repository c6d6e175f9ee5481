package org.geoparks.importer.layer;

import java.util.List;
import org.geoparks.catalogue.park.BoundaryQuality;
import org.geoparks.catalogue.park.ParkDraft;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.importer.mapping.MappedRecord;
import org.springframework.stereotype.Component;

/** Parks: name, country, managing body, designation year, boundary. */
@Component
class ParkTarget implements LayerTarget {

    private final ParkService parks;

    ParkTarget(ParkService parks) {
        this.parks = parks;
    }

    @Override
    public String layer() {
        return "parks";
    }

    @Override
    public List<WrittenRecord> write(MappedRecord r, ImportContext context) {
        String id = CatalogueIds.from(r.id());
        ParkDraft draft = new ParkDraft(id, r.text("name"), r.text("description"), r.string("country"),
                r.text("managing_body"), r.integer("unesco_year"), r.list("languages"), r.list("partner_parks"),
                r.bool("catalogued", false), Fields.coded(r, "boundary_quality", BoundaryQuality.class),
                r.string("website"), ParkDraft.asMultiPolygon(r.geometry()), r.list("source"), r.string("position_precision"));
        return List.of(new WrittenRecord(id, parks.importPark(context.keyOf(r.id()), draft, context.options())));
    }
}
