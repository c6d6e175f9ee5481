package org.geoparks.importer.layer;

import java.util.List;
import org.geoparks.catalogue.hazard.HazardDraft;
import org.geoparks.catalogue.hazard.HazardService;
import org.geoparks.catalogue.hazard.HazardStatus;
import org.geoparks.catalogue.hazard.HazardType;
import org.geoparks.catalogue.hazard.Severity;
import org.geoparks.importer.mapping.MappedRecord;
import org.springframework.stereotype.Component;

/** Hazards: type, severity, validity and advice per language. */
@Component
class HazardTarget implements LayerTarget {

    private final HazardService hazards;

    HazardTarget(HazardService hazards) {
        this.hazards = hazards;
    }

    @Override
    public String layer() {
        return "hazards";
    }

    @Override
    public List<WrittenRecord> write(MappedRecord r, ImportContext context) {
        String id = CatalogueIds.from(r.id());
        HazardDraft draft = new HazardDraft(id, Fields.park(r, context), r.string("place"), Fields.coded(r, "type", HazardType.class),
                Fields.coded(r, "severity", Severity.class), Fields.coded(r, "status", HazardStatus.class),
                r.instant("valid_from"), r.instant("valid_until"), r.text("title"), r.text("advice"), r.geometry(),
                r.list("source"), r.string("position_precision"));
        return List.of(new WrittenRecord(id, hazards.importHazard(context.keyOf(r.id()), draft, context.options())));
    }
}
