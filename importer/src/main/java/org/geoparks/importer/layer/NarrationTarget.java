package org.geoparks.importer.layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.guide.NarrationDraft;
import org.geoparks.catalogue.guide.NarrationService;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.importer.mapping.MappedRecord;
import org.springframework.stereotype.Component;

/** Audio-guide scripts: one source record per place, one narration per language. */
@Component
class NarrationTarget implements LayerTarget {

    private final NarrationService narrations;

    NarrationTarget(NarrationService narrations) {
        this.narrations = narrations;
    }

    @Override
    public String layer() {
        return "narrations";
    }

    @Override
    public boolean needsGeometry() {
        return false;
    }

    @Override
    public List<WrittenRecord> write(MappedRecord r, ImportContext context) {
        String place = r.string("place");
        if (place == null) {
            throw new InvalidRecordException("place", "a narration script names the place it is told at");
        }
        Object byLanguage = r.raw("narrations");
        if (!(byLanguage instanceof Map<?, ?> languages) || languages.isEmpty()) {
            throw new InvalidRecordException("narrations", "expected the script per language: {vi: {title, script}, en: …}");
        }
        Integer radius = r.integer("trigger_radius_m");
        List<WrittenRecord> written = new ArrayList<>();
        for (Map.Entry<?, ?> entry : languages.entrySet()) {
            String language = String.valueOf(entry.getKey());
            if (!(entry.getValue() instanceof Map<?, ?> text)) {
                throw new InvalidRecordException("narrations." + language, "expected {title, script}");
            }
            NarrationDraft draft = new NarrationDraft(place, language, str(text.get("title")), str(text.get("script")),
                    str(text.get("transcript")), radius, r.list("source"));
            written.add(new WrittenRecord(draft.id(), narrations.importNarration(context.keyOf(place + "/" + draft.language()), draft, context.options())));
        }
        return written;
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
