package org.geoparks.catalogue.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.locationtech.jts.geom.Geometry;

/**
 * One searchable record, as it flows from PostgreSQL into the index: what a layer's record says
 * in each language, where the public may see it, and how it is filtered and faceted. Only
 * public values: the index answers anonymous visitors.
 *
 * @param layer        the record's layer: place, intangible-heritage, partner, product, route, hazard, sign
 * @param id           the record's id within its layer (a product: {@code partner-id/products/2})
 * @param owner        the catalogue record whose change rewrites this document
 * @param refs         other records this document draws texts or geometry from
 * @param collection   the map service's collection that serves the record
 * @param kind         a place's kind, else the layer
 * @param name         the name (or title) per language, aliases aside
 * @param text         the other texts per language (description, advice, labels, related names), one value each
 * @param aliases      former and other names, in no particular language
 * @param identifiers  numbers people search by: the id, a sign number, a certificate number
 * @param languages    the languages the record's texts are written in (not transliterated)
 * @param geometry     the public geometry, or null (restricted places, records without one)
 * @param geoJson      the same geometry as RFC 7946 GeoJSON, or null
 * @param rank         weight among layers (1 for places), multiplied into the score
 */
record SearchDocument(
        String layer,
        String id,
        RecordRef owner,
        Set<RecordRef> refs,
        String collection,
        String kind,
        List<String> parks,
        String status,
        String partnerType,
        LocalizedText name,
        Map<String, List<String>> text,
        List<String> aliases,
        List<String> identifiers,
        Set<String> languages,
        Geometry geometry,
        String geoJson,
        float rank) {

    SearchDocument {
        refs = Set.copyOf(refs);
        parks = List.copyOf(parks);
        text = Map.copyOf(text);
        aliases = List.copyOf(aliases);
        identifiers = List.copyOf(identifiers);
        languages = Set.copyOf(languages);
    }

    /** Unique in the index: {@code place:cb-ban-gioc-waterfall}. */
    String key() {
        return layer + ":" + id;
    }
}
