package org.geoparks.catalogue.guide;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.geoparks.catalogue.provenance.CatalogueRecord;
import org.hibernate.annotations.Formula;

/**
 * The audio-guide narration of a place in one language. Recordings ({@code audio_asset}) are not
 * mapped yet, nor narrations of route stops ({@code route_id}, {@code stop_position}): every
 * narration here belongs to a place.
 */
@Entity
@Table(name = "narration")
public class Narration extends CatalogueRecord {

    @Column(name = "place_id")
    private String placeId;

    private String language;

    private String title;

    private String script;

    private String transcript;

    @Column(name = "trigger_radius_m")
    private int triggerRadiusM;

    /**
     * The park of the narration's place, for the change log and per-park rights. The table does not
     * store it (it would be a second copy of {@code place.park_id} that could go stale): it is read
     * from the place whenever a narration is loaded, and set by the service from the place it
     * checked when a narration is imported, as a new entity is not loaded before it is logged.
     * Hibernate never writes a formula.
     */
    @Formula("(SELECT p.park_id FROM place p WHERE p.id = place_id)")
    private String parkId;

    protected Narration() {
    }

    Narration(String id) {
        super(id);
    }

    void apply(NarrationDraft draft, String parkOfPlace) {
        placeId = draft.placeId();
        language = draft.language();
        title = draft.title();
        script = draft.script();
        transcript = draft.transcript();
        triggerRadiusM = draft.triggerRadiusM();
        parkId = parkOfPlace;
        setSources(draft.sources());
    }

    NarrationDraft toDraft() {
        return new NarrationDraft(placeId, language, title, script, transcript, triggerRadiusM, getSources());
    }

    @Override
    public String entityType() {
        return "narration";
    }

    @Override
    public String parkId() {
        return parkId;
    }

    @Override
    public Object snapshot() {
        return toDraft();
    }

    public String getPlaceId() {
        return placeId;
    }

    /** A canonical BCP 47 tag: {@code vi}, {@code en}, {@code zh-Hans}. */
    public String getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getScript() {
        return script;
    }

    public String getTranscript() {
        return transcript;
    }

    public int getTriggerRadiusM() {
        return triggerRadiusM;
    }
}
