package org.geoparks.catalogue.park;

import java.util.List;
import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.Require;
import org.locationtech.jts.geom.MultiPolygon;

/** A park as a file or a form describes it, checked against the catalogue's rules. */
public record ParkDraft(
        String id,
        LocalizedText name,
        LocalizedText description,
        String country,
        LocalizedText managingBody,
        Integer unescoYear,
        List<String> languages,
        List<String> partnerParks,
        boolean catalogued,
        BoundaryQuality boundaryQuality,
        String website,
        MultiPolygon boundary,
        List<String> sources,
        String positionPrecision) {

    public ParkDraft {
        Require.id("id", id);
        Require.text("name", name);
        description = Require.optional(description);
        managingBody = Require.optional(managingBody);
        if (country == null || !country.matches("[A-Za-z]{2}")) {
            throw new InvalidRecordException("country", "'" + country + "' is not an ISO 3166-1 alpha-2 code");
        }
        country = country.toUpperCase(java.util.Locale.ROOT);
        if (unescoYear != null && (unescoYear < 2000 || unescoYear > 2100)) {
            throw new InvalidRecordException("unesco_year", unescoYear + " is not a plausible designation year");
        }
        languages = Require.languages("languages", languages);
        partnerParks = Require.list(partnerParks).stream().map(p -> Require.id("partner_parks", p)).toList();
        boundaryQuality = boundaryQuality == null ? BoundaryQuality.PUBLISHED : boundaryQuality;
        boundary = Geometries.requireValid("boundary", boundary, Geometries.AREA);
        sources = Require.list(sources);
    }
}
