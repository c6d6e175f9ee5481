package org.geoparks.importer.layer;

import java.util.List;
import org.geoparks.catalogue.heritage.HeritageCategory;
import org.geoparks.catalogue.heritage.IntangibleHeritageDraft;
import org.geoparks.catalogue.heritage.IntangibleHeritageService;
import org.geoparks.importer.mapping.MappedRecord;
import org.springframework.stereotype.Component;

/** Intangible heritage: no geometry of its own; linked to parks and places. */
@Component
class HeritageTarget implements LayerTarget {

    private final IntangibleHeritageService heritage;

    HeritageTarget(IntangibleHeritageService heritage) {
        this.heritage = heritage;
    }

    @Override
    public String layer() {
        return "intangible";
    }

    @Override
    public boolean needsGeometry() {
        return false;
    }

    @Override
    public List<WrittenRecord> write(MappedRecord r, ImportContext context) {
        String id = CatalogueIds.from(r.id());
        List<String> parks = r.list("parks").isEmpty() && context.defaultPark() != null ? List.of(context.defaultPark()) : r.list("parks");
        IntangibleHeritageDraft draft = new IntangibleHeritageDraft(id, Fields.coded(r, "category", HeritageCategory.class),
                r.text("name"), r.text("description"), r.text("communities"), r.list("transliterated"),
                r.string("unesco_listing"), parks, r.list("places"), r.list("source"));
        return List.of(new WrittenRecord(id, heritage.importHeritage(context.keyOf(r.id()), draft, context.options())));
    }
}
