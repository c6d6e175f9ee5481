package org.geoparks.catalogue.sign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.provenance.CatalogueRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.Point;

/** A sign of a park's signage inventory: an interpretation board, a direction, warning or safety sign. */
@Entity
@Table(name = "sign")
public class Sign extends CatalogueRecord {

    @Column(name = "park_id")
    private String parkId;

    private SignType type;

    private SignCondition condition;

    private LocalDate installedOn;

    private LocalDate lastInspectedOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> languages = new ArrayList<>();

    @Column(name = "serves_place_id")
    private String servesPlaceId;

    @Column(name = "serves_hazard_id")
    private String servesHazardId;

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText text;

    private String photoUrl;

    private boolean sample;

    @Column(name = "geom")
    private Point geometry;

    private String positionPrecision;

    private LocalDate retiredOn;

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText retirementReason;

    protected Sign() {
    }

    Sign(String id) {
        super(id);
    }

    void apply(SignDraft draft) {
        parkId = draft.parkId();
        type = draft.type();
        condition = draft.condition();
        installedOn = draft.installedOn();
        lastInspectedOn = draft.lastInspectedOn();
        languages = new ArrayList<>(draft.languages());
        servesPlaceId = draft.servesPlaceId();
        servesHazardId = draft.servesHazardId();
        text = draft.text();
        photoUrl = draft.photoUrl();
        sample = draft.sample();
        geometry = draft.geometry();
        positionPrecision = draft.positionPrecision();
        retiredOn = draft.retiredOn();
        retirementReason = draft.retirementReason().isEmpty() ? null : draft.retirementReason();
        setSources(draft.sources());
    }

    SignDraft toDraft() {
        return new SignDraft(getId(), parkId, type, condition, installedOn, lastInspectedOn, languages, servesPlaceId,
                servesHazardId, text, photoUrl, sample, geometry, getSources(), positionPrecision, retiredOn, retirementReason);
    }

    @Override
    public String entityType() {
        return "sign";
    }

    @Override
    public String parkId() {
        return parkId;
    }

    @Override
    public Object snapshot() {
        return toDraft();
    }

    public String getParkId() {
        return parkId;
    }

    public SignType getType() {
        return type;
    }

    public SignCondition getCondition() {
        return condition;
    }

    public LocalDate getInstalledOn() {
        return installedOn;
    }

    public LocalDate getLastInspectedOn() {
        return lastInspectedOn;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public String getServesPlaceId() {
        return servesPlaceId;
    }

    public String getServesHazardId() {
        return servesHazardId;
    }

    public LocalizedText getText() {
        return text;
    }

    public String getPhotoUrl() {
        return photoUrl;
    }

    public boolean isSample() {
        return sample;
    }

    public Point getGeometry() {
        return geometry;
    }

    /** The day the sign was taken down, or null while it is in service. */
    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    public String getPositionPrecision() {
        return positionPrecision;
    }
}
