package org.geoparks.catalogue.heritage;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.provenance.CatalogueRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SortNatural;
import org.hibernate.type.SqlTypes;

/** A living tradition (a ritual, a craft, a cuisine…): no position of its own, linked to parks and places. */
@Entity
@Table(name = "intangible_heritage")
public class IntangibleHeritage extends CatalogueRecord {

    private HeritageCategory category;

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText name;

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText description;

    @JdbcTypeCode(SqlTypes.JSON)
    private LocalizedText communities;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> transliterated = new ArrayList<>();

    private String unescoListing;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intangible_heritage_park", joinColumns = @JoinColumn(name = "heritage_id"))
    @Column(name = "park_id")
    @SortNatural // kept sorted when loaded too, so that a record reads back as the draft it came from
    private SortedSet<String> parks = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intangible_heritage_place", joinColumns = @JoinColumn(name = "heritage_id"))
    @Column(name = "place_id")
    @SortNatural
    private SortedSet<String> places = new TreeSet<>();

    protected IntangibleHeritage() {
    }

    IntangibleHeritage(String id) {
        super(id);
    }

    void apply(IntangibleHeritageDraft draft) {
        category = draft.category();
        name = draft.name();
        description = draft.description();
        communities = draft.communities();
        transliterated = new ArrayList<>(draft.transliterated());
        unescoListing = draft.unescoListing();
        // changed in place, so that Hibernate writes only the links that changed
        parks.clear();
        parks.addAll(draft.parks());
        places.clear();
        places.addAll(draft.places());
        setSources(draft.sources());
    }

    IntangibleHeritageDraft toDraft() {
        return new IntangibleHeritageDraft(getId(), category, name, description, communities, transliterated, unescoListing,
                List.copyOf(parks), List.copyOf(places), getSources());
    }

    @Override
    public String entityType() {
        return "intangible_heritage";
    }

    /**
     * The park, when the tradition belongs to one; null when several parks share it (the Then
     * rituals of Cao Bằng and Lạng Sơn), as no single park owns it then.
     */
    @Override
    public String parkId() {
        return parks.size() == 1 ? parks.first() : null;
    }

    @Override
    public Object snapshot() {
        return toDraft();
    }

    public HeritageCategory getCategory() {
        return category;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public LocalizedText getCommunities() {
        return communities;
    }

    public List<String> getTransliterated() {
        return transliterated;
    }

    public String getUnescoListing() {
        return unescoListing;
    }

    public SortedSet<String> getParks() {
        return parks;
    }

    public SortedSet<String> getPlaces() {
        return places;
    }
}
