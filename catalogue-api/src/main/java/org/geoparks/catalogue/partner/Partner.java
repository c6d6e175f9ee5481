package org.geoparks.catalogue.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.provenance.CatalogueRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.Point;

/** A homestay, restaurant, shop, OCOP producer, guide or transport of a park's partner network. */
@Entity
@Table(name = "partner")
public class Partner extends CatalogueRecord {

    @Column(name = "park_id")
    private String parkId;

    private PartnerType type;

    private boolean sample;

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText name;

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> transliterated = new ArrayList<>();

    @Embedded
    private Certification certification;

    @JdbcTypeCode(SqlTypes.JSON)
    private Contact contact = Contact.NONE;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> languagesSpoken = new ArrayList<>();

    @Column(name = "geom")
    private Point geometry;

    // Positions count from 1, as route stops do: "product 1" is the first a partner lists.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_product", joinColumns = @JoinColumn(name = "partner_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<Product> products = new ArrayList<>();

    private String positionPrecision;

    protected Partner() {
    }

    Partner(String id) {
        super(id);
    }

    void apply(PartnerDraft draft) {
        parkId = draft.parkId();
        type = draft.type();
        sample = draft.sample();
        name = draft.name();
        description = draft.description();
        transliterated = new ArrayList<>(draft.transliterated());
        certification = draft.certification();
        contact = draft.contact();
        languagesSpoken = new ArrayList<>(draft.languagesSpoken());
        geometry = draft.geometry();
        // changed in place, so that Hibernate rewrites only the positions that changed
        products.clear();
        products.addAll(draft.products());
        positionPrecision = draft.positionPrecision();
        setSources(draft.sources());
    }

    PartnerDraft toDraft() {
        return new PartnerDraft(getId(), parkId, type, sample, name, description, transliterated, certification, contact,
                languagesSpoken, geometry, products, getSources(), positionPrecision);
    }

    @Override
    public String entityType() {
        return "partner";
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

    public PartnerType getType() {
        return type;
    }

    /** Illustrative rather than a real business: the catalogue shows it as a sample. */
    public boolean isSample() {
        return sample;
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

    /** The partner's certificate, or null if it has none. */
    public Certification getCertification() {
        return certification;
    }

    public Contact getContact() {
        return contact;
    }

    public List<String> getLanguagesSpoken() {
        return languagesSpoken;
    }

    /** Where the partner is (often a commune centre, see the position precision); null if unknown. */
    public Point getGeometry() {
        return geometry;
    }

    public List<Product> getProducts() {
        return products;
    }

    public String getPositionPrecision() {
        return positionPrecision;
    }
}
