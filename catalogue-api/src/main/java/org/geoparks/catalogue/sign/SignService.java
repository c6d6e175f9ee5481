package org.geoparks.catalogue.sign;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.account.ParkRights;
import org.geoparks.catalogue.changelog.ChangeOperation;
import org.geoparks.catalogue.changelog.ChangeRecorder;
import org.geoparks.catalogue.editing.EditableLayer;
import org.geoparks.catalogue.editing.Edited;
import org.geoparks.catalogue.editing.EditingSettings;
import org.geoparks.catalogue.editing.Edits;
import org.geoparks.catalogue.editing.ExpectedVersion;
import org.geoparks.catalogue.editing.FieldEdit;
import org.geoparks.catalogue.editing.ParkBoundaries;
import org.geoparks.catalogue.editing.RecordIds;
import org.geoparks.catalogue.editing.RecordValues;
import org.geoparks.catalogue.editing.Representation;
import org.geoparks.catalogue.hazard.HazardService;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.layer.RawValues;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.provenance.ImportResult;
import org.geoparks.catalogue.provenance.ImportableLayer;
import org.geoparks.catalogue.provenance.KeyedDraft;
import org.geoparks.catalogue.provenance.RecordImporter;
import org.geoparks.catalogue.provenance.Upsert;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.NotFoundException;
import org.geoparks.catalogue.support.Require;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the signage inventory, takes it from imports and from managers' edits: new signs, changed
 * ones, inspections (what a sign was found like, with a photo), and retirement — a sign taken down
 * stays in the inventory. Signs are safety data: only a park's managers change them
 * ({@link ParkRights}), checked here whichever endpoint the change came through.
 */
@Service
public class SignService implements ImportableLayer<SignDraft>, EditableLayer {

    private static final LayerDeclaration<SignDraft> LAYER = SignLayer.DECLARATION;
    private static final String WHAT = "change the signs";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final SignRepository signs;
    private final ParkService parks;
    private final PlaceService places;
    private final HazardService hazards;
    private final RecordImporter importer;
    private final RecordValues records;
    private final Edits edits;
    private final ParkBoundaries boundaries;
    private final ChangeRecorder recorder;
    private final SignInspections inspections;
    private final EditingSettings settings;

    SignService(SignRepository signs, ParkService parks, PlaceService places, HazardService hazards, RecordImporter importer,
                RecordValues records, Edits edits, ParkBoundaries boundaries, ChangeRecorder recorder, SignInspections inspections,
                EditingSettings settings) {
        this.signs = signs;
        this.parks = parks;
        this.places = places;
        this.hazards = hazards;
        this.importer = importer;
        this.records = records;
        this.edits = edits;
        this.boundaries = boundaries;
        this.recorder = recorder;
        this.inspections = inspections;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public Sign get(String id) {
        return signs.findById(id).orElseThrow(() -> new NotFoundException("sign", id));
    }

    @Transactional(readOnly = true)
    public List<Sign> ofPark(String parkId) {
        return signs.findByParkIdOrderByIdAsc(parkId);
    }

    @Override
    public LayerDeclaration<SignDraft> declaration() {
        return SignLayer.DECLARATION;
    }

    @Override
    @Transactional
    public List<ImportResult> importBatch(List<KeyedDraft<SignDraft>> batch, ImportOptions options) {
        return importer.importBatch(Sign.class, batch, options, this::upsertOf);
    }

    private Upsert<Sign> upsertOf(SignDraft draft) {
        parks.requireExists("park", draft.parkId());
        if (draft.servesPlaceId() != null) {
            places.requireExists("serves_place", draft.servesPlaceId());
        }
        if (draft.servesHazardId() != null) {
            hazards.requireExists("serves_hazard", draft.servesHazardId());
        }
        return new Upsert<>(draft.id(), draft, () -> new Sign(draft.id()), sign -> sign.apply(draft));
    }

    // ------------------------------------------------------------------------------------------
    // Managers' edits

    /** Records a new sign of the inventory (in good condition unless said otherwise). */
    @Transactional
    public Sign createSign(FieldEdit edit, boolean crossBorder) {
        Map<String, Object> values = new LinkedHashMap<>(edit.values());
        String park = RawValues.string("park", values.get("park"));
        if (park == null) {
            throw new InvalidRecordException("park", "is required: the park the sign stands in");
        }
        String actor = ParkRights.current().require(Edits.rightToCreate(LAYER, edit), park, WHAT);
        String id = values.get("id") == null ? RecordIds.next("sign") : Require.id("id", RawValues.string("id", values.get("id")));
        if (signs.existsById(id)) {
            throw new InvalidRecordException("id", "there is already a sign '" + id + "'; change it with PATCH, or choose another id");
        }
        values.putIfAbsent("condition", SignCondition.GOOD.code());
        SignDraft draft = edits.create(LAYER, id, new FieldEdit(values, edit.geometry(), true, edit.textLanguage()));
        checkReferences(draft, crossBorder, true);
        Sign sign = new Sign(id);
        sign.apply(draft);
        signs.saveAndFlush(sign);
        recorder.created(actor, sign);
        return sign;
    }

    /** Changes a sign (merged or replaced, as the edit says) if it is still at the version the caller read. */
    @Transactional
    public Sign updateSign(String id, ExpectedVersion expected, FieldEdit edit, boolean crossBorder) {
        Sign sign = signs.findForUpdate(id).orElseThrow(() -> new NotFoundException("sign", id));
        ParkRights rights = ParkRights.current();
        String actor = rights.require(LAYER.rightToEdit(), sign.getParkId(), WHAT);
        expected.require("sign", id, sign.getVersion());
        RecordValues.Values current = records.of(LAYER, id).orElseThrow();
        Edited<SignDraft> edited = edits.update(LAYER, id, current, edit, rights, sign.getParkId());
        if (!edited.changesAnything()) {
            return sign;
        }
        checkReferences(edited.draft(), crossBorder, edited.moved());
        Object before = sign.snapshot();
        sign.apply(edited.draft());
        signs.flush();
        recorder.updated(actor, before, sign);
        return sign;
    }

    /** What an inspector reports. */
    public record InspectionReport(LocalDate inspectedOn, String inspector, String condition, String note, String photoUrl,
                                   byte[] photo) {
    }

    /**
     * Records an inspection: kept in the sign's inspections, and — unless a later one is known —
     * the sign's condition and last inspection become what it found. A photo is a URL or an upload
     * (JPEG, PNG, WebP, within {@code catalogue.editing.max-photo-size}).
     */
    @Transactional
    public Inspection recordInspection(String id, ExpectedVersion expected, InspectionReport report) {
        Sign sign = signs.findForUpdate(id).orElseThrow(() -> new NotFoundException("sign", id));
        String actor = ParkRights.current().require(LAYER.rightToEdit(), sign.getParkId(), "record inspections of the signs");
        expected.require("sign", id, sign.getVersion());
        LocalDate on = report.inspectedOn() != null ? report.inspectedOn() : LocalDate.now(VIETNAM);
        if (on.isAfter(LocalDate.now(VIETNAM))) {
            throw new InvalidRecordException("inspected_on", on + " is in the future");
        }
        if (sign.getInstalledOn() != null && on.isBefore(sign.getInstalledOn())) {
            throw new InvalidRecordException("inspected_on", on + " is before the sign was installed (" + sign.getInstalledOn() + ")");
        }
        String inspector = report.inspector() == null ? null : report.inspector().strip();
        if (inspector == null || inspector.isEmpty() || inspector.length() > 200) {
            throw new InvalidRecordException("inspector", "is required: who inspected the sign (at most 200 characters)");
        }
        SignCondition condition = org.geoparks.catalogue.support.CodedEnum.parse(SignCondition.class, "condition", report.condition());
        String note = report.note() == null || report.note().isBlank() ? null : report.note().strip();
        if (note != null && note.length() > 4000) {
            throw new InvalidRecordException("note", "is longer than 4,000 characters");
        }
        String photoUrl = report.photoUrl() == null || report.photoUrl().isBlank() ? null : httpUrl(report.photoUrl().strip());
        if (photoUrl != null && report.photo() != null) {
            throw new InvalidRecordException("photo", "send a photo or a photo_url, not both");
        }
        Long photoId = report.photo() == null ? null
                : inspections.storePhoto(id, InspectionPhoto.of(report.photo(), settings.maxPhotoSize().toBytes()), actor);
        if (sign.getLastInspectedOn() == null || !on.isBefore(sign.getLastInspectedOn())) {
            Map<String, Object> found = new LinkedHashMap<>();
            found.put("condition", condition.code());
            found.put("last_inspected", on.toString());
            updateSign(id, ExpectedVersion.of(sign.getVersion()), FieldEdit.merge(found, null), false);
        }
        Inspection inspection = inspections.insert(id, on, inspector, condition, note, photoUrl, photoId, actor);
        recorder.write(actor, ChangeOperation.CREATE, "sign_inspection", id + "/" + inspection.id(), sign.getParkId(), null, inspection);
        return inspection;
    }

    /** Takes a sign out of service: it stays in the inventory with the day and the reason. */
    @Transactional
    public Sign retire(String id, ExpectedVersion expected, LocalizedText reason, LocalDate on) {
        Sign sign = signs.findForUpdate(id).orElseThrow(() -> new NotFoundException("sign", id));
        ParkRights.current().require(LAYER.rightToEdit(), sign.getParkId(), WHAT);
        expected.require("sign", id, sign.getVersion());
        if (sign.getRetiredOn() != null) {
            throw new InvalidRecordException("retired", "the sign '" + id + "' was retired on " + sign.getRetiredOn());
        }
        if (reason == null || reason.isEmpty()) {
            throw new InvalidRecordException("reason", "say why the sign is taken down, in at least one language ({\"vi\": …})");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("retired", (on != null ? on : LocalDate.now(VIETNAM)).toString());
        values.put("retirement_reason", reason.texts());
        return updateSign(id, expected, FieldEdit.merge(values, null), false);
    }

    /** A sign's inspections, the latest first; for its park's managers. */
    @Transactional(readOnly = true)
    public List<Inspection> inspections(String id) {
        ParkRights.current().requireManager(get(id).getParkId(), "read the inspections of the signs");
        return inspections.ofSign(id);
    }

    /** The photo uploaded with an inspection; for the park's managers only (a phone photo may carry its position). */
    @Transactional(readOnly = true)
    public InspectionPhoto inspectionPhoto(String id, long inspectionId) {
        ParkRights.current().requireManager(get(id).getParkId(), "see the inspection photos of the signs");
        return inspections.photo(id, inspectionId).orElseThrow(() -> new NotFoundException("photo of inspection", id + "/" + inspectionId));
    }

    /** The sign as the edit API shows it: every field, every language, the exact position; for its park's managers. */
    @Transactional(readOnly = true)
    public Map<String, Object> representation(String id, ObjectMapper json) {
        Sign sign = get(id);
        ParkRights.current().require(LAYER.rightToEdit(), sign.getParkId(), "read the signs as their managers do");
        return Representation.of(id, records.of(LAYER, id).orElseThrow(), json);
    }

    // EditableLayer: signs edited feature by feature (OGC API – Features Part 4)

    @Override
    @Transactional
    public String create(FieldEdit edit, boolean crossBorder) {
        return createSign(edit, crossBorder).getId();
    }

    @Override
    @Transactional
    public void update(String id, ExpectedVersion expected, FieldEdit edit, boolean crossBorder) {
        updateSign(id, expected, edit, crossBorder);
    }

    /** A sign is never deleted: it is retired today, with the reason, and stays in the inventory. */
    @Override
    @Transactional
    public void remove(String id, ExpectedVersion expected, LocalizedText reason) {
        retire(id, expected, reason, null);
    }

    @Override
    @Transactional(readOnly = true)
    public Integer version(String id) {
        return signs.findById(id).map(Sign::getVersion).orElse(null);
    }

    /** What a sign serves and where it stands must be in its park (its position may cross the border when the edit says so). */
    private void checkReferences(SignDraft draft, boolean crossBorder, boolean placed) {
        parks.requireExists("park", draft.parkId());
        if (draft.servesPlaceId() != null) {
            places.requireExists("serves_place", draft.servesPlaceId());
            requireSamePark("serves_place", draft.servesPlaceId(), places.get(draft.servesPlaceId()).getParkId(), draft.parkId());
        }
        if (draft.servesHazardId() != null) {
            hazards.requireExists("serves_hazard", draft.servesHazardId());
            requireSamePark("serves_hazard", draft.servesHazardId(), hazards.get(draft.servesHazardId()).getParkId(), draft.parkId());
        }
        if (placed) { // an edit that leaves a record where it is does not judge where imports put it
            boundaries.requireInside(draft.parkId(), draft.geometry(), crossBorder, "geometry");
        }
    }

    private static void requireSamePark(String field, String id, String itsPark, String park) {
        if (!itsPark.equals(park)) {
            throw new InvalidRecordException(field, "'" + id + "' is in park '" + itsPark + "', not '" + park + "'");
        }
    }

    private static String httpUrl(String url) {
        try {
            URI uri = URI.create(url);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return url;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new InvalidRecordException("photo_url", "'" + url + "' is not an http(s) address");
    }
}
