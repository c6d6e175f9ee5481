package org.geoparks.catalogue.hazard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.MonthDay;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.provenance.CatalogueRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.Geometry;

/** A danger to visitors (high water, rockfall, a border zone…), in force for a span of time. */
@Entity
@Table(name = "hazard")
public class Hazard extends CatalogueRecord {

    @Column(name = "park_id")
    private String parkId;

    @Column(name = "place_id")
    private String placeId;

    private HazardType type;

    private Severity severity;

    private HazardStatus status;

    private Instant validFrom;

    private Instant validUntil;

    private MonthDay seasonStart;

    private MonthDay seasonEnd;

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText title;

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText advice;

    @Column(name = "geom")
    private Geometry geometry;

    private String positionPrecision;

    private PlaceEffect placeEffect = PlaceEffect.NONE;

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText resolution;

    protected Hazard() {
    }

    Hazard(String id) {
        super(id);
    }

    void apply(HazardDraft draft) {
        parkId = draft.parkId();
        placeId = draft.placeId();
        type = draft.type();
        severity = draft.severity();
        status = draft.status();
        validFrom = draft.validFrom();
        validUntil = draft.validUntil();
        seasonStart = draft.seasonStart();
        seasonEnd = draft.seasonEnd();
        title = draft.title();
        advice = draft.advice();
        geometry = draft.geometry();
        positionPrecision = draft.positionPrecision();
        placeEffect = draft.placeEffect();
        resolution = draft.resolution().isEmpty() ? null : draft.resolution();
        setSources(draft.sources());
    }

    HazardDraft toDraft() {
        return new HazardDraft(getId(), parkId, placeId, type, severity, status, validFrom, validUntil, seasonStart, seasonEnd, title, advice, geometry,
                getSources(), positionPrecision, placeEffect, resolution);
    }

    @Override
    public String entityType() {
        return "hazard";
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

    /** The place the hazard belongs to, or null. */
    public String getPlaceId() {
        return placeId;
    }

    public HazardType getType() {
        return type;
    }

    public Severity getSeverity() {
        return severity;
    }

    public HazardStatus getStatus() {
        return status;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    /** The end of the hazard's validity (exclusive), or null while it has no known end. */
    public Instant getValidUntil() {
        return validUntil;
    }

    /** The first day of the season the hazard recurs in every year, or null. */
    public MonthDay getSeasonStart() {
        return seasonStart;
    }

    public MonthDay getSeasonEnd() {
        return seasonEnd;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getAdvice() {
        return advice;
    }

    public Geometry getGeometry() {
        return geometry;
    }

    /** What the hazard does to its place while it is in force. */
    public PlaceEffect getPlaceEffect() {
        return placeEffect;
    }

    /** Why the hazard was resolved; empty unless it is. */
    public LocalizedText getResolution() {
        return resolution == null ? LocalizedText.EMPTY : resolution;
    }

    public String getPositionPrecision() {
        return positionPrecision;
    }
}
