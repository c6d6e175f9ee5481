package org.geoparks.catalogue.partner;

import java.util.List;
import java.util.Objects;
import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.Require;
import org.locationtech.jts.geom.Point;

/** A partner as a file or a form describes it, checked against the catalogue's rules. */
public record PartnerDraft(
        String id,
        String parkId,
        PartnerType type,
        boolean sample,
        LocalizedText name,
        LocalizedText description,
        List<String> transliterated,
        Certification certification,
        Contact contact,
        List<String> languagesSpoken,
        Point geometry,
        List<Product> products,
        List<String> sources,
        String positionPrecision) {

    public PartnerDraft {
        Require.id("id", id);
        Require.id("park", parkId);
        Require.present("type", type);
        Require.text("name", name);
        description = Require.optional(description);
        transliterated = Require.languages("transliterated", transliterated);
        contact = contact == null ? Contact.NONE : contact;
        languagesSpoken = Require.languages("languages_spoken", languagesSpoken);
        if (geometry != null) {
            geometry = Geometries.requireValid("geometry", geometry, Geometries.POINT);
        }
        if (products != null && products.stream().anyMatch(Objects::isNull)) { // contains(null) throws on List.of
            throw new InvalidRecordException("products", "an empty entry is not a product");
        }
        products = products == null ? List.of() : List.copyOf(products);
        sources = Require.list(sources);
    }
}
