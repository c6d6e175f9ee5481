package org.geoparks.catalogue.place;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.Require;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * A place as a file or a form describes it, checked against the catalogue's rules.
 *
 * @param status    the place's own status, as its managers set it (hazards in force may close or
 *                  caution it further while they last: see the status in effect)
 * @param reopensOn when a place that is not open is expected to open again, if anybody knows
 */
public record PlaceDraft(
        String id,
        String parkId,
        PlaceKind kind,
        LocalizedText name,
        LocalizedText description,
        LocalizedText address,
        List<String> transliterated,
        List<String> aliases,
        PlaceStatus status,
        LocalizedText statusReason,
        Sensitivity sensitivity,
        Geometry geometry,
        MultiPolygon protectionZone,
        List<String> tags,
        List<String> facilities,
        LocalizedText accessibility,
        List<MediaLink> media,
        Double elevationM,
        String outsidePark,
        Map<String, Object> attributes,
        List<String> sources,
        String positionPrecision,
        String positionNote,
        LocalDate reopensOn) {

    public PlaceDraft {
        Require.id("id", id);
        Require.id("park", parkId);
        Require.present("kind", kind);
        Require.text("name", name);
        description = Require.optional(description);
        address = Require.optional(address);
        transliterated = Require.languages("transliterated", transliterated);
        aliases = Require.list(aliases);
        status = status == null ? PlaceStatus.OPEN : status;
        statusReason = Require.optional(statusReason);
        if (status != PlaceStatus.OPEN && statusReason.isEmpty()) {
            throw new InvalidRecordException("status_reason", "a " + status.code() + " place needs a reason visitors can read");
        }
        if (status == PlaceStatus.OPEN && reopensOn != null) {
            throw new InvalidRecordException("reopens", "an open place has no reopening date; leave it out");
        }
        sensitivity = sensitivity == null ? Sensitivity.PUBLIC : sensitivity;
        if (kind.isSensitiveByNature() && sensitivity == Sensitivity.PUBLIC) {
            throw new InvalidRecordException("sensitivity", "a " + kind.code()
                    + " must not publish its exact position: use generalised or restricted");
        }
        geometry = Geometries.requireValid("geometry", geometry, Geometries.POINT_OR_AREA);
        if (protectionZone != null) {
            protectionZone = Geometries.requireValid("protection_zone", protectionZone, Geometries.AREA);
        }
        tags = Require.list(tags);
        facilities = Require.list(facilities);
        accessibility = Require.optional(accessibility);
        media = media == null ? List.of() : List.copyOf(media);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        sources = Require.list(sources);
        positionNote = positionNote == null || positionNote.isBlank() ? null : positionNote.strip();
    }
}
