package org.geoparks.importer.layer;

import java.util.List;
import org.geoparks.catalogue.sign.SignCondition;
import org.geoparks.catalogue.sign.SignDraft;
import org.geoparks.catalogue.sign.SignService;
import org.geoparks.catalogue.sign.SignType;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.importer.mapping.MappedRecord;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

/** The signage inventory: one sign per record, serving a place or a hazard. */
@Component
class SignTarget implements LayerTarget {

    private final SignService signs;

    SignTarget(SignService signs) {
        this.signs = signs;
    }

    @Override
    public String layer() {
        return "signs";
    }

    @Override
    public List<WrittenRecord> write(MappedRecord r, ImportContext context) {
        String id = CatalogueIds.from(r.id());
        if (!(r.geometry() instanceof Point point)) {
            throw new InvalidRecordException("geometry", "a sign is a Point, not a " + r.geometry().getGeometryType());
        }
        SignDraft draft = new SignDraft(id, Fields.park(r, context), Fields.coded(r, "type", SignType.class),
                Fields.coded(r, "condition", SignCondition.class), r.date("installed"), r.date("last_inspected"),
                r.list("languages"), r.string("serves_place"), r.string("serves_hazard"), r.text("text"), r.string("photo"),
                r.bool("sample", false), point, r.list("source"), r.string("position_precision"));
        return List.of(new WrittenRecord(id, signs.importSign(context.keyOf(r.id()), draft, context.options())));
    }
}
