package org.geoparks.catalogue.guide;

import static org.geoparks.catalogue.layer.Texts.trilingual;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.FieldType;
import org.geoparks.catalogue.layer.FieldValues;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.layer.SearchRole;
import org.geoparks.catalogue.layer.SourcedDraft;
import org.geoparks.catalogue.layer.StructuredValues;
import org.geoparks.catalogue.support.InvalidRecordException;

/**
 * The audio guide's narrations, declared once. A scripts file gives one record per place with its
 * script in each language; each language becomes a narration of its own.
 */
public final class NarrationLayer {

    static final Field PLACE = Field.stored("place", FieldType.REFERENCE, "place_id");
    static final Field LANGUAGE = Field.of("language", FieldType.STRING).notImported();
    static final Field TITLE = Field.of("title", FieldType.STRING).notImported().search(SearchRole.NAME);
    static final Field SCRIPT = Field.of("script", FieldType.STRING).notImported().search(SearchRole.TEXT);
    static final Field TRANSCRIPT = Field.of("transcript", FieldType.STRING).notImported();
    /** How files give the texts: {@code {vi: {title, script, transcript}, en: …}}. */
    static final Field SCRIPTS = Field.computed("narrations", FieldType.OBJECT, language -> "NULL").importedAs("narrations");
    static final Field TRIGGER_RADIUS = Field.of("trigger_radius_m", FieldType.INTEGER);
    static final Field SOURCES = Field.sources();
    static final Field UPDATED = Field.updated();

    public static final LayerDeclaration<NarrationDraft> DECLARATION = LayerDeclaration.<NarrationDraft>builder("narrations", "narration")
            .title(trilingual("Audio-guide narrations", "Thuyết minh tự động", "语音导览解说"))
            .description(trilingual("The narration of each place in each language.", "Lời thuyết minh của mỗi điểm bằng từng ngôn ngữ.",
                    "每个地点各语言的解说词。"))
            .table("narration")
            .notMapped()
            .fields(PLACE, LANGUAGE, TITLE, SCRIPT, TRANSCRIPT, SCRIPTS, TRIGGER_RADIUS, SOURCES, UPDATED)
            .reader(NarrationLayer::drafts)
            .build();

    private NarrationLayer() {
    }

    /** One narration per language of the record, each keyed by place and language. */
    static List<SourcedDraft<NarrationDraft>> drafts(FieldValues v) {
        String place = v.string(PLACE);
        Object scripts = v.raw(SCRIPTS);
        Integer radius = v.integer(TRIGGER_RADIUS);
        List<String> sources = v.strings(SOURCES);
        if (place == null) {
            throw new InvalidRecordException("place", "a narration script names the place it is told at");
        }
        Map<String, Object> languages = StructuredValues.object(scripts, SCRIPTS.name());
        if (languages == null || languages.isEmpty()) {
            throw new InvalidRecordException("narrations", "expected the script per language: {vi: {title, script}, en: …}");
        }
        List<SourcedDraft<NarrationDraft>> drafts = new ArrayList<>();
        for (Map.Entry<String, Object> entry : languages.entrySet()) {
            Map<String, Object> text = StructuredValues.object(entry.getValue(), "narrations." + entry.getKey());
            if (text == null) {
                throw new InvalidRecordException("narrations." + entry.getKey(), "expected {title, script}");
            }
            NarrationDraft draft = new NarrationDraft(place, entry.getKey(), StructuredValues.string(text.get(TITLE.name())),
                    StructuredValues.string(text.get(SCRIPT.name())), StructuredValues.string(text.get(TRANSCRIPT.name())), radius, sources);
            drafts.add(new SourcedDraft<>(place + "/" + draft.language(), draft));
        }
        return drafts;
    }
}
