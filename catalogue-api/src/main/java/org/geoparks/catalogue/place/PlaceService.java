package org.geoparks.catalogue.place;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.account.ParkRights;
import org.geoparks.catalogue.changelog.ChangeRecorder;
import org.geoparks.catalogue.editing.ConfirmationRequiredException;
import org.geoparks.catalogue.editing.Edited;
import org.geoparks.catalogue.editing.EditingSettings;
import org.geoparks.catalogue.editing.Edits;
import org.geoparks.catalogue.editing.ExpectedVersion;
import org.geoparks.catalogue.editing.FieldEdit;
import org.geoparks.catalogue.editing.ParkBoundaries;
import org.geoparks.catalogue.editing.RecordValues;
import org.geoparks.catalogue.editing.Representation;
import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.layer.EditRight;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.provenance.ImportResult;
import org.geoparks.catalogue.provenance.ImportableLayer;
import org.geoparks.catalogue.provenance.KeyedDraft;
import org.geoparks.catalogue.provenance.RecordImporter;
import org.geoparks.catalogue.provenance.Upsert;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.NotFoundException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads places, takes them from imports and from people's edits: content by a park's editors and
 * managers, status and position by its managers ({@link ParkRights}, field by field as the places
 * layer declares). Every edit names the version it changes.
 */
@Service
public class PlaceService implements ImportableLayer<PlaceDraft> {

    private static final LayerDeclaration<PlaceDraft> LAYER = PlaceLayer.DECLARATION;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PlaceRepository places;
    private final ParkService parks;
    private final RecordImporter importer;
    private final ChangeRecorder recorder;
    private final RecordValues records;
    private final Edits edits;
    private final ParkBoundaries boundaries;
    private final EditingSettings settings;
    private final JdbcTemplate jdbc;

    PlaceService(PlaceRepository places, ParkService parks, RecordImporter importer, ChangeRecorder recorder, RecordValues records,
                 Edits edits, ParkBoundaries boundaries, EditingSettings settings, JdbcTemplate jdbc) {
        this.places = places;
        this.parks = parks;
        this.importer = importer;
        this.recorder = recorder;
        this.records = records;
        this.edits = edits;
        this.boundaries = boundaries;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Place get(String id) {
        return places.findById(id).orElseThrow(() -> new NotFoundException("place", id));
    }

    @Transactional(readOnly = true)
    public boolean exists(String id) {
        return places.existsById(id);
    }

    /** Refuses a record that names a place the catalogue does not have. */
    public void requireExists(String field, String placeId) {
        if (!exists(placeId)) {
            throw new InvalidRecordException(field, "there is no place '" + placeId + "'; import the places first");
        }
    }

    /**
     * Opens, cautions or closes a place, with the reason visitors will read — for tools that run
     * inside the service and name who acts (requests go through {@link #setStatus}).
     */
    @Transactional
    public Place changeStatus(String id, PlaceStatus status, LocalizedText reason, String actor) {
        Place place = get(id);
        Object before = place.snapshot();
        place.changeStatus(status, reason, status == PlaceStatus.OPEN ? null : place.getReopensOn());
        place.toDraft(); // the draft's rules apply to edits too (a closed place needs a reason)
        places.flush();
        recorder.updated(actor, before, place);
        return place;
    }

    // ------------------------------------------------------------------------------------------
    // People's edits

    /** Changes the fields sent (merged or replacing, as the edit says), if the place is still at the version read. */
    @Transactional
    public Place update(String id, ExpectedVersion expected, FieldEdit edit) {
        Place place = places.findForUpdate(id).orElseThrow(() -> new NotFoundException("place", id));
        ParkRights rights = ParkRights.current();
        String actor = rights.require(LAYER.rightToEdit(), place.getParkId(), "change the places");
        expected.require("place", id, place.getVersion());
        RecordValues.Values current = records.of(LAYER, id).orElseThrow();
        Edited<PlaceDraft> edited = edits.update(LAYER, id, current, edit, rights, place.getParkId());
        if (!edited.changesAnything()) {
            return place;
        }
        if (edited.moved() && edited.draft().outsidePark() == null) {
            boundaries.requireInside(place.getParkId(), edited.draft().geometry(), false, "geometry");
        }
        Object before = place.snapshot();
        place.apply(edited.draft());
        places.flush();
        recorder.updated(actor, before, place);
        return place;
    }

    /**
     * Sets the place's own status — open, caution or closed — with the reason visitors read and
     * when it is expected to reopen. Hazards in force may close or caution it further while they last.
     */
    @Transactional
    public Place setStatus(String id, ExpectedVersion expected, PlaceStatus status, LocalizedText reason, LocalDate reopens) {
        if (status == null) {
            throw new InvalidRecordException("status", "is required: open, caution or closed");
        }
        Map<String, Object> values = editableNow(id);
        values.put("status", status.code());
        values.put("status_reason", reason == null ? null : reason.texts());
        values.put("reopens", reopens == null ? null : reopens.toString());
        return update(id, expected, FieldEdit.replace(values, null));
    }

    /** A position taken at the place with a phone, and how far it moved the place. */
    public record Moved(Place place, double metres) {
    }

    /**
     * A position taken at the place by a ranger: the place's point and its precision become the
     * phone's fix and accuracy (audited; the history keeps the old position, so it can be put back).
     * A fix far from the old point is taken only when confirmed; one outside the park never.
     */
    @Transactional
    public Moved correctPosition(String id, ExpectedVersion expected, double lon, double lat, double accuracyMetres, boolean confirmed) {
        Place place = places.findForUpdate(id).orElseThrow(() -> new NotFoundException("place", id));
        ParkRights.current().require(LAYER.rightToChangeGeometry(), place.getParkId(), "change the positions of places");
        expected.require("place", id, place.getVersion());
        if (!(place.getGeometry() instanceof Point)) {
            throw new InvalidRecordException("geometry", "the place is an area (" + place.getGeometry().getGeometryType()
                    + "); edit its outline in a GIS, not from one position");
        }
        if (!(accuracyMetres > 0) || accuracyMetres > settings.worstGpsAccuracyMetres()) {
            throw new InvalidRecordException("accuracy_m", "is " + accuracyMetres + " m; a fix must be more accurate than ±"
                    + Math.round(settings.worstGpsAccuracyMetres()) + " m to replace a position — wait for a better one");
        }
        Point point = Geometries.FACTORY.createPoint(new Coordinate(lon, lat));
        Geometries.requireValid("position", point, Geometries.POINT);
        if (place.getOutsidePark() == null) {
            boundaries.requireInside(place.getParkId(), point, false, "position");
        }
        Double metres = jdbc.queryForObject("SELECT ST_Distance(p.geom::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography) FROM place p WHERE p.id = ?",
                Double.class, lon, lat, id);
        double moved = metres == null ? 0 : metres;
        if (moved > settings.confirmMoveBeyondMetres() && !confirmed) {
            throw new ConfirmationRequiredException("This position is " + Math.round(moved) + " m from the place's current one, more than "
                    + Math.round(settings.confirmMoveBeyondMetres()) + " m. If you are at the place, send it again with \"confirm\": true.",
                    Map.of("distance_m", Math.round(moved), "confirm_beyond_m", Math.round(settings.confirmMoveBeyondMetres())));
        }
        long accuracy = Math.max(1, Math.round(accuracyMetres));
        Map<String, Object> values = editableNow(id);
        values.put("position_precision", "±" + accuracy + " m");
        values.put("position_note", "GPS fix taken at the place on " + LocalDate.now(VIETNAM) + " (±" + accuracy + " m).");
        Place updated = update(id, expected, FieldEdit.replace(values, point));
        return new Moved(updated, moved);
    }

    /**
     * The place as the edit API shows it: every field in every language, the status in effect and
     * why. Its editors (who may not see what protects a site) get the public position and none of
     * the managers' fields.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> representation(String id, ObjectMapper json) {
        Place place = get(id);
        ParkRights rights = ParkRights.current();
        rights.require(EditRight.CONTENT, place.getParkId(), "read the places as their editors do");
        Map<String, Object> body = Representation.of(id, records.of(LAYER, id).orElseThrow(), json);
        if (!rights.may(EditRight.SAFETY, place.getParkId())) {
            for (Field field : LAYER.fields()) {
                if (!field.isPublic()) {
                    body.remove(field.name());
                }
            }
            String publicGeometry = jdbc.queryForObject("SELECT ST_AsGeoJSON(public_geom, 7, 0) FROM place WHERE id = ?", String.class, id);
            body.put("geometry", publicGeometry == null ? null : readJson(json, publicGeometry));
        }
        body.put("status_in_effect", statusInEffect(id, json));
        return body;
    }

    /** The status visitors see now, and the hazard that decides it when one does rather than the place's own status. */
    private Map<String, Object> statusInEffect(String id, ObjectMapper json) {
        return jdbc.queryForObject("""
                SELECT effective_status, effective_status_reason::text AS reason, effective_reopens_on, effective_status_since,
                       CASE WHEN hazard_status = 'closed' AND status <> 'closed' OR hazard_status = 'caution' AND status = 'open'
                            THEN hazard_status_id END AS hazard
                  FROM place WHERE id = ?""", (rs, i) -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("status", rs.getString("effective_status"));
            out.put("reason", rs.getString("reason") == null ? null : readJson(json, rs.getString("reason")));
            out.put("reopens", rs.getDate("effective_reopens_on") == null ? null : rs.getDate("effective_reopens_on").toLocalDate().toString());
            out.put("since", rs.getTimestamp("effective_status_since") == null ? null : rs.getTimestamp("effective_status_since").toInstant().toString());
            out.put("because_of_hazard", rs.getString("hazard"));
            return out;
        }, id);
    }

    private static Object readJson(ObjectMapper json, String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The place's editable fields as they are, to change a few and send the rest back unchanged. */
    private Map<String, Object> editableNow(String id) {
        return new LinkedHashMap<>(RecordValues.editable(LAYER, records.of(LAYER, id).orElseThrow(() -> new NotFoundException("place", id)).fields()));
    }

    @Override
    public LayerDeclaration<PlaceDraft> declaration() {
        return PlaceLayer.DECLARATION;
    }

    @Override
    @Transactional
    public List<ImportResult> importBatch(List<KeyedDraft<PlaceDraft>> batch, ImportOptions options) {
        return importer.importBatch(Place.class, batch, options, this::upsertOf);
    }

    private Upsert<Place> upsertOf(PlaceDraft draft) {
        parks.requireExists("park", draft.parkId());
        return new Upsert<>(draft.id(), draft, () -> new Place(draft.id()), place -> place.apply(draft));
    }
}
