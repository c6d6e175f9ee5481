package org.geoparks.catalogue.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.provenance.CatalogueRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

/** A geosite, cave, relic, village or other point of interest of a park. */
@Entity
@Table(name = "place")
public class Place extends CatalogueRecord {

    @Column(name = "park_id")
    private String parkId;

    private PlaceKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText name;

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText description;

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText address;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> transliterated = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> aliases = new ArrayList<>();

    private PlaceStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText statusReason;

    private Sensitivity sensitivity;

    @Column(name = "geom")
    private Geometry geometry;

    private MultiPolygon protectionZone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> tags = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> facilities = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText accessibility;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<MediaLink> media = new ArrayList<>();

    @Column(name = "elevation_m")
    private Double elevationM;

    private String outsidePark;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> attributes = new HashMap<>();

    private String positionPrecision;

    private String positionNote;

    private LocalDate reopensOn;

    protected Place() {
    }

    Place(String id) {
        super(id);
    }

    void apply(PlaceDraft draft) {
        parkId = draft.parkId();
        kind = draft.kind();
        name = draft.name();
        description = draft.description();
        address = draft.address();
        transliterated = new ArrayList<>(draft.transliterated());
        aliases = new ArrayList<>(draft.aliases());
        status = draft.status();
        statusReason = draft.statusReason();
        sensitivity = draft.sensitivity();
        geometry = draft.geometry();
        protectionZone = draft.protectionZone();
        tags = new ArrayList<>(draft.tags());
        facilities = new ArrayList<>(draft.facilities());
        accessibility = draft.accessibility();
        media = new ArrayList<>(draft.media());
        elevationM = draft.elevationM();
        outsidePark = draft.outsidePark();
        attributes = new HashMap<>(draft.attributes());
        positionPrecision = draft.positionPrecision();
        positionNote = draft.positionNote();
        reopensOn = draft.reopensOn();
        setSources(draft.sources());
    }

    PlaceDraft toDraft() {
        return new PlaceDraft(getId(), parkId, kind, name, description, address, transliterated, aliases, status, statusReason,
                sensitivity, geometry, protectionZone, tags, facilities, accessibility, media, elevationM, outsidePark, attributes,
                getSources(), positionPrecision, positionNote, reopensOn);
    }

    void changeStatus(PlaceStatus newStatus, LocalizedText reason, LocalDate reopens) {
        this.status = newStatus;
        this.statusReason = reason == null ? LocalizedText.EMPTY : reason;
        this.reopensOn = reopens;
    }

    @Override
    public String entityType() {
        return "place";
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

    public PlaceKind getKind() {
        return kind;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getDescription() {
        return description;
    }

    /** Where the place is, in the administrative units in force. */
    public LocalizedText getAddress() {
        return address;
    }

    public List<String> getTransliterated() {
        return transliterated;
    }

    /** Other names people use for the place, or used to: former addresses, old spellings. */
    public List<String> getAliases() {
        return aliases;
    }

    public PlaceStatus getStatus() {
        return status;
    }

    public LocalizedText getStatusReason() {
        return statusReason;
    }

    public Sensitivity getSensitivity() {
        return sensitivity;
    }

    /**
     * The exact geometry: for managers of the park only when the place is sensitive. What the
     * public sees is the database's {@code public_geom}, which the map service reads.
     */
    public Geometry getGeometry() {
        return geometry;
    }

    public MultiPolygon getProtectionZone() {
        return protectionZone;
    }

    public List<String> getTags() {
        return tags;
    }

    public List<String> getFacilities() {
        return facilities;
    }

    public LocalizedText getAccessibility() {
        return accessibility;
    }

    public List<MediaLink> getMedia() {
        return media;
    }

    public Double getElevationM() {
        return elevationM;
    }

    public String getOutsidePark() {
        return outsidePark;
    }

    public Map<String, Object> getAttributes() {
        return attributes;
    }

    public String getPositionPrecision() {
        return positionPrecision;
    }

    /** When the place is expected to open again (its own status), or null. */
    public LocalDate getReopensOn() {
        return reopensOn;
    }

    /** How the position was found, or why two places share it; null if nothing needs saying. */
    public String getPositionNote() {
        return positionNote;
    }
}
