package org.geoparks.catalogue.hazard;

import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.Require;
import org.locationtech.jts.geom.Geometry;

/**
 * A hazard as a file or a form describes it, checked against the catalogue's rules.
 *
 * @param placeId    the place the hazard belongs to, if any
 * @param validFrom  when it comes into force
 * @param validUntil when it stops being in force (exclusive); open-ended if null
 * @param seasonStart the first day of the season it recurs in every year (Vietnam's calendar), or null
 * @param seasonEnd  the last day of that season (inclusive); before the first for a season across the new year
 * @param advice     what a visitor must do
 * @param placeEffect what the hazard does to its place while in force (closes it, cautions visitors, nothing)
 * @param resolution why a resolved hazard was resolved
 */
public record HazardDraft(
        String id,
        String parkId,
        String placeId,
        HazardType type,
        Severity severity,
        HazardStatus status,
        Instant validFrom,
        Instant validUntil,
        MonthDay seasonStart,
        MonthDay seasonEnd,
        LocalizedText title,
        LocalizedText advice,
        Geometry geometry,
        List<String> sources,
        String positionPrecision,
        PlaceEffect placeEffect,
        LocalizedText resolution) {

    public HazardDraft {
        Require.id("id", id);
        Require.id("park", parkId);
        if (placeId != null) {
            Require.id("place", placeId);
        }
        Require.present("type", type);
        Require.present("severity", severity);
        Require.present("status", status);
        Require.present("valid_from", validFrom);
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new InvalidRecordException("valid_until", "must come after valid_from (" + validFrom + "), not at or before it ("
                    + validUntil + "); leave it out for a hazard with no known end");
        }
        if ((seasonStart == null) != (seasonEnd == null)) {
            throw new InvalidRecordException(seasonStart == null ? "season_start" : "season_end",
                    "a season needs both its first and its last day (MM-DD); leave both out for a hazard that does not recur");
        }
        if (seasonStart != null && status == HazardStatus.ACTIVE) {
            throw new InvalidRecordException("status", "a hazard with a season that recurs every year is 'seasonal' (or 'resolved' "
                    + "once it recurs no more), not 'active'");
        }
        placeEffect = placeEffect == null ? PlaceEffect.NONE : placeEffect;
        if (placeEffect != PlaceEffect.NONE && placeId == null) {
            throw new InvalidRecordException("place_effect", "a hazard " + (placeEffect == PlaceEffect.CLOSED ? "closes" : "cautions")
                    + " a place: name it (place), or leave place_effect out");
        }
        resolution = Require.optional(resolution);
        if (!resolution.isEmpty() && status != HazardStatus.RESOLVED) {
            throw new InvalidRecordException("resolution", "is the reason a hazard was resolved; this one is '" + status.code() + "'");
        }
        Require.text("title", title);
        Require.text("advice", advice);
        geometry = Geometries.requireValid("geometry", geometry, Geometries.ANY);
        sources = Require.list(sources);
    }
}
