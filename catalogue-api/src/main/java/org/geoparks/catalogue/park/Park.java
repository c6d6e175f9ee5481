package org.geoparks.catalogue.park;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.provenance.CatalogueRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SortNatural;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.MultiPolygon;

/** A UNESCO Global Geopark. Catalogued parks hold places; network parks only their boundary. */
@Entity
@Table(name = "park")
public class Park extends CatalogueRecord {

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText name;

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText description;

    private String country;

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText managingBody;

    private Integer unescoYear;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> languages = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "park_partner", joinColumns = @JoinColumn(name = "park_id"))
    @Column(name = "partner_park_id")
    @SortNatural
    private SortedSet<String> partnerParks = new TreeSet<>();

    private boolean catalogued;

    private BoundaryQuality boundaryQuality;

    private String website;

    private MultiPolygon boundary;

    private String positionPrecision;

    protected Park() {
    }

    Park(String id) {
        super(id);
    }

    void apply(ParkDraft draft) {
        name = draft.name();
        description = draft.description();
        country = draft.country();
        managingBody = draft.managingBody();
        unescoYear = draft.unescoYear();
        languages = new ArrayList<>(draft.languages());
        partnerParks.clear();
        partnerParks.addAll(draft.partnerParks());
        catalogued = draft.catalogued();
        boundaryQuality = draft.boundaryQuality();
        website = draft.website();
        boundary = draft.boundary();
        positionPrecision = draft.positionPrecision();
        setSources(draft.sources());
    }

    ParkDraft toDraft() {
        return new ParkDraft(getId(), name, description, country, managingBody, unescoYear, languages,
                List.copyOf(partnerParks), catalogued, boundaryQuality, website, boundary, getSources(), positionPrecision);
    }

    @Override
    public String entityType() {
        return "park";
    }

    @Override
    public String parkId() {
        return getId();
    }

    @Override
    public Object snapshot() {
        return toDraft();
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public String getCountry() {
        return country;
    }

    public LocalizedText getManagingBody() {
        return managingBody;
    }

    public Integer getUnescoYear() {
        return unescoYear;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public Set<String> getPartnerParks() {
        return partnerParks;
    }

    public boolean isCatalogued() {
        return catalogued;
    }

    public BoundaryQuality getBoundaryQuality() {
        return boundaryQuality;
    }

    public String getWebsite() {
        return website;
    }

    public MultiPolygon getBoundary() {
        return boundary;
    }

    public String getPositionPrecision() {
        return positionPrecision;
    }
}
