package org.geoparks.catalogue.guide;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.geoparks.catalogue.provenance.CatalogueRecord;
import org.hibernate.annotations.Formula;

/**
 * The audio-guide narration of a place, or of a route's stop, in one language. Its recordings and
 * drafts ({@code audio_asset}) are read and written by {@link AudioAssets}, not mapped here.
 */
@Entity
@Table(name = "narration")
public class Narration extends CatalogueRecord {

    @Column(name = "place_id")
    private String placeId;

    @Column(name = "route_id")
    private String routeId;

    @Column(name = "stop_position")
    private Integer stopPosition;

    private String language;

    private String title;

    private String script;

    private String transcript;

    @Column(name = "trigger_radius_m")
    private int triggerRadiusM;

    /**
     * The park of the narration's place (or route), for the change log and per-park rights. The
     * table does not store it (it would be a second copy of {@code place.park_id} that could go
     * stale): it is read from the place or route whenever a narration is loaded, and set by the
     * service from the place it checked when a narration is imported, as a new entity is not loaded
     * before it is logged. Hibernate never writes a formula.
     */
    @Formula("(SELECT coalesce((SELECT p.park_id FROM place p WHERE p.id = place_id), (SELECT r.park_id FROM route r WHERE r.id = route_id)))")
    private String parkId;

    protected Narration() {
    }

    Narration(String id) {
        super(id);
    }

    void apply(NarrationDraft draft, String parkOfPlace) {
        placeId = draft.placeId();
        routeId = draft.routeId();
        stopPosition = draft.stopPosition();
        language = draft.language();
        title = draft.title();
        script = draft.script();
        transcript = draft.transcript();
        triggerRadiusM = draft.triggerRadiusM();
        parkId = parkOfPlace;
        setSources(draft.sources());
    }

    NarrationDraft toDraft() {
        return new NarrationDraft(placeId, routeId, stopPosition, language, title, script, transcript, triggerRadiusM, getSources());
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

    /** The place it is told at; null for a stop's narration. */
    public String getPlaceId() {
        return placeId;
    }

    /** The route of the stop it is told at; null for a place's narration. */
    public String getRouteId() {
        return routeId;
    }

    public Integer getStopPosition() {
        return stopPosition;
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
