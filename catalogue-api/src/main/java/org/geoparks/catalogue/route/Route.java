package org.geoparks.catalogue.route;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.provenance.CatalogueRecord;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.Geometry;

/** A tour route or geotrail of a park, with its stops in order. */
@Entity
@Table(name = "route")
public class Route extends CatalogueRecord {

    @Column(name = "park_id")
    private String parkId;

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText name;

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> transliterated = new ArrayList<>();

    private RouteMode mode;

    private Difficulty difficulty;

    private Double durationHours;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> themes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<Integer> seasons = new ArrayList<>();

    private GeometryQuality geometryQuality;

    @Column(name = "geom")
    private Geometry geometry;

    /** Measured by the database on the ellipsoid whenever the line is written; never written from here. */
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "length_m", insertable = false, updatable = false)
    private Double lengthM;

    // route_stop.position counts from 1 (a CHECK says so), Java lists from 0.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "route_stop", joinColumns = @JoinColumn(name = "route_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "place_id")
    private List<String> stops = new ArrayList<>();

    protected Route() {
    }

    Route(String id) {
        super(id);
    }

    void apply(RouteDraft draft) {
        parkId = draft.parkId();
        name = draft.name();
        description = draft.description();
        transliterated = new ArrayList<>(draft.transliterated());
        mode = draft.mode();
        difficulty = draft.difficulty();
        durationHours = draft.durationHours();
        themes = new ArrayList<>(draft.themes());
        seasons = new ArrayList<>(draft.seasons());
        geometryQuality = draft.geometryQuality();
        geometry = draft.geometry();
        // Changed in place: Hibernate then rewrites stops position by position instead of deleting
        // them all, which would also delete (ON DELETE CASCADE) the narrations of the route's stops.
        stops.clear();
        stops.addAll(draft.stops());
        setSources(draft.sources());
    }

    RouteDraft toDraft() {
        return new RouteDraft(getId(), parkId, name, description, transliterated, mode, difficulty, durationHours, themes,
                seasons, geometryQuality, geometry, stops, getSources());
    }

    @Override
    public String entityType() {
        return "route";
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

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public List<String> getTransliterated() {
        return transliterated;
    }

    public RouteMode getMode() {
        return mode;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public Double getDurationHours() {
        return durationHours;
    }

    public List<String> getThemes() {
        return themes;
    }

    public List<Integer> getSeasons() {
        return seasons;
    }

    public GeometryQuality getGeometryQuality() {
        return geometryQuality;
    }

    /** A LineString or MultiLineString. */
    public Geometry getGeometry() {
        return geometry;
    }

    /** The line's length on the WGS 84 ellipsoid, in metres. */
    public Double getLengthM() {
        return lengthM;
    }

    /** The ids of the places the route visits, in order (the first stop is position 1 in the database). */
    public List<String> stopIds() {
        return List.copyOf(stops);
    }
}
