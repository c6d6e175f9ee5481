package org.geoparks.catalogue.sign;

import java.time.LocalDate;
import java.util.List;
import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.Require;
import org.locationtech.jts.geom.Point;

/**
 * A sign of the inventory as a file or a form describes it, checked against the catalogue's rules.
 *
 * @param languages      the languages the sign is written in
 * @param servesPlaceId  the place the sign is about or leads to, if any
 * @param servesHazardId the hazard the sign warns of, if any; a sign serves a place, a hazard or both
 * @param sample         illustrative rather than a real sign's condition and dates
 */
public record SignDraft(
        String id,
        String parkId,
        SignType type,
        SignCondition condition,
        LocalDate installedOn,
        LocalDate lastInspectedOn,
        List<String> languages,
        String servesPlaceId,
        String servesHazardId,
        LocalizedText text,
        String photoUrl,
        boolean sample,
        Point geometry,
        List<String> sources,
        String positionPrecision) {

    public SignDraft {
        Require.id("id", id);
        Require.id("park", parkId);
        Require.present("type", type);
        Require.present("condition", condition);
        if (installedOn != null && lastInspectedOn != null && lastInspectedOn.isBefore(installedOn)) {
            throw new InvalidRecordException("last_inspected", lastInspectedOn + " is before the sign was installed ("
                    + installedOn + "); check both dates");
        }
        languages = Require.languages("languages", languages);
        servesPlaceId = blankToNull(servesPlaceId);
        servesHazardId = blankToNull(servesHazardId);
        if (servesPlaceId == null && servesHazardId == null) {
            throw new InvalidRecordException("serves_place", "a sign must serve a place or a hazard: give serves_place, serves_hazard or both");
        }
        if (servesPlaceId != null) {
            Require.id("serves_place", servesPlaceId);
        }
        if (servesHazardId != null) {
            Require.id("serves_hazard", servesHazardId);
        }
        text = Require.optional(text);
        photoUrl = blankToNull(photoUrl);
        geometry = Geometries.requireValid("geometry", geometry, Geometries.POINT);
        sources = Require.list(sources);
    }

    // CSV files give a missing reference as an empty cell
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
