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
 * @param retiredOn      the day the sign was taken down, if it was; it stays in the inventory
 * @param retirementReason why it was taken down
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
        String positionPrecision,
        LocalDate retiredOn,
        LocalizedText retirementReason) {

    /** A sign in service. */
    public SignDraft(String id, String parkId, SignType type, SignCondition condition, LocalDate installedOn, LocalDate lastInspectedOn,
                     List<String> languages, String servesPlaceId, String servesHazardId, LocalizedText text, String photoUrl,
                     boolean sample, Point geometry, List<String> sources, String positionPrecision) {
        this(id, parkId, type, condition, installedOn, lastInspectedOn, languages, servesPlaceId, servesHazardId, text, photoUrl,
                sample, geometry, sources, positionPrecision, null, null);
    }

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
        retirementReason = Require.optional(retirementReason);
        if (retiredOn != null && retirementReason.isEmpty()) {
            throw new InvalidRecordException("retirement_reason", "say why the sign was taken down, in at least one language");
        }
        if (retiredOn == null && !retirementReason.isEmpty()) {
            throw new InvalidRecordException("retired", "a retirement reason needs the day the sign was taken down");
        }
        if (retiredOn != null && installedOn != null && retiredOn.isBefore(installedOn)) {
            throw new InvalidRecordException("retired", retiredOn + " is before the sign was installed (" + installedOn + ")");
        }
        photoUrl = blankToNull(photoUrl);
        geometry = Geometries.requireValid("geometry", geometry, Geometries.POINT);
        sources = Require.list(sources);
    }

    // CSV files give a missing reference as an empty cell
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
