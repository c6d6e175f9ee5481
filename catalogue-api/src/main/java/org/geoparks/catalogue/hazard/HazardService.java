package org.geoparks.catalogue.hazard;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geoparks.catalogue.account.ParkRights;
import org.geoparks.catalogue.changelog.ChangeRecorder;
import org.geoparks.catalogue.editing.EditableLayer;
import org.geoparks.catalogue.editing.Edited;
import org.geoparks.catalogue.editing.Edits;
import org.geoparks.catalogue.editing.ExpectedVersion;
import org.geoparks.catalogue.editing.FieldEdit;
import org.geoparks.catalogue.editing.ParkBoundaries;
import org.geoparks.catalogue.editing.RecordIds;
import org.geoparks.catalogue.editing.RecordValues;
import org.geoparks.catalogue.editing.Representation;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.layer.RawValues;
import org.geoparks.catalogue.place.PlaceStatusEffects;
import org.geoparks.catalogue.support.Require;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.provenance.ImportResult;
import org.geoparks.catalogue.provenance.ImportableLayer;
import org.geoparks.catalogue.provenance.KeyedDraft;
import org.geoparks.catalogue.provenance.Upsert;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.provenance.RecordImporter;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads hazards, takes them from imports and from managers' edits. Every edit is checked here —
 * who may make it ({@link ParkRights}: a hazard is safety data, for its park's managers), against
 * which version, by the layer's rules — whichever endpoint it came through; the places a hazard
 * closes or cautions follow in the same transaction.
 */
@Service
public class HazardService implements ImportableLayer<HazardDraft>, EditableLayer {

    private static final String WHAT = "change the hazards";

    private final HazardRepository hazards;
    private final ParkService parks;
    private final PlaceService places;
    private final RecordImporter importer;
    private final RecordValues records;
    private final Edits edits;
    private final ParkBoundaries boundaries;
    private final ChangeRecorder recorder;
    private final PlaceStatusEffects effects;
    private final JdbcTemplate jdbc;

    HazardService(HazardRepository hazards, ParkService parks, PlaceService places, RecordImporter importer, RecordValues records,
                  Edits edits, ParkBoundaries boundaries, ChangeRecorder recorder, PlaceStatusEffects effects, JdbcTemplate jdbc) {
        this.hazards = hazards;
        this.parks = parks;
        this.places = places;
        this.importer = importer;
        this.records = records;
        this.edits = edits;
        this.boundaries = boundaries;
        this.recorder = recorder;
        this.effects = effects;
        this.jdbc = jdbc;
    }

    /**
     * "Now" for an edit is the database transaction's time: the moment the database's rule of
     * validity, and what hazards do to places, are judged at in the same transaction.
     */
    private Instant transactionTime() {
        return jdbc.queryForObject("SELECT now()", java.sql.Timestamp.class).toInstant();
    }

    @Transactional(readOnly = true)
    public Hazard get(String id) {
        return hazards.findById(id).orElseThrow(() -> new NotFoundException("hazard", id));
    }

    @Transactional(readOnly = true)
    public boolean exists(String id) {
        return hazards.existsById(id);
    }

    /** The hazards in force at that instant (not resolved, and within their validity), by id. */
    @Transactional(readOnly = true)
    public List<Hazard> activeAt(Instant at) {
        return hazards.findInForceAt(at);
    }

    /** Refuses a record that names a hazard the catalogue does not have. */
    public void requireExists(String field, String hazardId) {
        if (!exists(hazardId)) {
            throw new InvalidRecordException(field, "there is no hazard '" + hazardId + "'; import the hazards first");
        }
    }

    @Override
    public LayerDeclaration<HazardDraft> declaration() {
        return HazardLayer.DECLARATION;
    }


    @Override
    @Transactional
    public List<ImportResult> importBatch(List<KeyedDraft<HazardDraft>> batch, ImportOptions options) {
        List<ImportResult> results = importer.importBatch(Hazard.class, batch, options, this::upsertOf);
        Set<String> affected = new HashSet<>();
        batch.forEach(keyed -> affected.add(keyed.draft().placeId()));
        effects.refresh(affected, options.actor());
        return results;
    }

    // ------------------------------------------------------------------------------------------
    // Managers' edits

    /**
     * Records a new hazard. Convenient defaults for a ranger in the field: in force from now,
     * active, and where its place is when no geometry is sent.
     */
    @Transactional
    public Hazard createHazard(FieldEdit edit, boolean crossBorder) {
        Map<String, Object> values = new LinkedHashMap<>(edit.values());
        String park = RawValues.string("park", values.get("park"));
        if (park == null) {
            throw new InvalidRecordException("park", "is required: the park the hazard is in");
        }
        String actor = ParkRights.current().require(Edits.rightToCreate(HazardLayer.DECLARATION, edit), park, WHAT);
        String id = values.get("id") == null ? RecordIds.next("hz") : Require.id("id", RawValues.string("id", values.get("id")));
        if (hazards.existsById(id)) {
            throw new InvalidRecordException("id", "there is already a hazard '" + id + "'; change it with PATCH, or choose another id");
        }
        values.putIfAbsent("valid_from", transactionTime().toString());
        values.putIfAbsent("status", values.get("season_start") != null ? HazardStatus.SEASONAL.code() : HazardStatus.ACTIVE.code());
        Geometry geometry = edit.geometry();
        String placeId = RawValues.string("place", values.get("place"));
        if (geometry == null && placeId != null && places.exists(placeId)) {
            geometry = places.get(placeId).getGeometry();
        }
        HazardDraft draft = edits.create(HazardLayer.DECLARATION, id, new FieldEdit(values, geometry, true, edit.textLanguage()));
        checkReferences(draft, crossBorder, true);
        Hazard hazard = new Hazard(id);
        hazard.apply(draft);
        hazards.saveAndFlush(hazard);
        recorder.created(actor, hazard);
        effects.refresh(java.util.Collections.singleton(draft.placeId()), actor);
        return hazard;
    }

    /** Changes a hazard (merged or replaced, as the edit says) if it is still at the version the caller read. */
    @Transactional
    public Hazard updateHazard(String id, ExpectedVersion expected, FieldEdit edit, boolean crossBorder) {
        Hazard hazard = hazards.findForUpdate(id).orElseThrow(() -> new NotFoundException("hazard", id));
        ParkRights rights = ParkRights.current();
        String actor = rights.require(HazardLayer.DECLARATION.rightToEdit(), hazard.getParkId(), WHAT);
        expected.require("hazard", id, hazard.getVersion());
        RecordValues.Values current = records.of(HazardLayer.DECLARATION, id).orElseThrow();
        Edited<HazardDraft> edited = edits.update(HazardLayer.DECLARATION, id, current, edit, rights, hazard.getParkId());
        if (!edited.changesAnything()) {
            return hazard;
        }
        checkReferences(edited.draft(), crossBorder, edited.moved());
        String placeBefore = hazard.getPlaceId();
        Object before = hazard.snapshot();
        hazard.apply(edited.draft());
        hazards.flush();
        recorder.updated(actor, before, hazard);
        effects.refresh(java.util.Arrays.asList(placeBefore, hazard.getPlaceId()), actor);
        return hazard;
    }

    /**
     * Resolves a hazard: no longer in force from now (or from when it was to end, if earlier), with
     * the reason its history keeps. The place it closed or cautioned gets its own status back.
     */
    @Transactional
    public Hazard resolve(String id, ExpectedVersion expected, LocalizedText reason) {
        Hazard hazard = hazards.findForUpdate(id).orElseThrow(() -> new NotFoundException("hazard", id));
        ParkRights.current().require(HazardLayer.DECLARATION.rightToEdit(), hazard.getParkId(), WHAT);
        expected.require("hazard", id, hazard.getVersion());
        if (hazard.getStatus() == HazardStatus.RESOLVED) {
            throw new InvalidRecordException("status", "the hazard '" + id + "' is resolved already");
        }
        if (reason == null || reason.isEmpty()) {
            throw new InvalidRecordException("reason", "say why the hazard is resolved, in at least one language ({\"vi\": …})");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", HazardStatus.RESOLVED.code());
        values.put("resolution", reason.texts());
        Instant now = transactionTime();
        if (hazard.getValidFrom().isBefore(now) && (hazard.getValidUntil() == null || hazard.getValidUntil().isAfter(now))) {
            values.put("valid_until", now.toString());
        }
        return updateHazard(id, ExpectedVersion.of(hazard.getVersion()), FieldEdit.merge(values, null), false);
    }

    /** The hazard as the edit API shows it: every field, every language, the exact geometry; for its park's managers. */
    @Transactional(readOnly = true)
    public Map<String, Object> representation(String id, ObjectMapper json) {
        Hazard hazard = get(id);
        ParkRights.current().require(HazardLayer.DECLARATION.rightToEdit(), hazard.getParkId(), "read the hazards as their managers do");
        Map<String, Object> body = Representation.of(id, records.of(HazardLayer.DECLARATION, id).orElseThrow(), json);
        body.put("in_force", hazards.isInForceAt(id, Instant.now()));
        return body;
    }

    // EditableLayer: hazards edited feature by feature (OGC API – Features Part 4)

    @Override
    @Transactional
    public String create(FieldEdit edit, boolean crossBorder) {
        return createHazard(edit, crossBorder).getId();
    }

    @Override
    @Transactional
    public void update(String id, ExpectedVersion expected, FieldEdit edit, boolean crossBorder) {
        updateHazard(id, expected, edit, crossBorder);
    }

    /** A hazard is never deleted: it is resolved, with the reason, and its history stays. */
    @Override
    @Transactional
    public void remove(String id, ExpectedVersion expected, LocalizedText reason) {
        resolve(id, expected, reason);
    }

    @Override
    @Transactional(readOnly = true)
    public Integer version(String id) {
        return hazards.findById(id).map(Hazard::getVersion).orElse(null);
    }

    /** A hazard's place and references must be in its park; its geometry too, unless it crosses the border on purpose. */
    private void checkReferences(HazardDraft draft, boolean crossBorder, boolean placed) {
        parks.requireExists("park", draft.parkId());
        if (draft.placeId() != null) {
            places.requireExists("place", draft.placeId());
            String placePark = places.get(draft.placeId()).getParkId();
            if (!placePark.equals(draft.parkId())) {
                throw new InvalidRecordException("place", "'" + draft.placeId() + "' is in park '" + placePark + "', not '" + draft.parkId()
                        + "'; a hazard belongs to the park of its place");
            }
        }
        if (placed) { // an edit that leaves a record where it is does not judge where imports put it
            boundaries.requireInside(draft.parkId(), draft.geometry(), crossBorder, "geometry");
        }
    }

    private Upsert<Hazard> upsertOf(HazardDraft draft) {
        parks.requireExists("park", draft.parkId());
        if (draft.placeId() != null) {
            places.requireExists("place", draft.placeId());
        }
        return new Upsert<>(draft.id(), draft, () -> new Hazard(draft.id()), hazard -> hazard.apply(draft));
    }
}
