package org.geoparks.catalogue.sign;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.editing.AuditLog;
import org.geoparks.catalogue.editing.EditBodies;
import org.geoparks.catalogue.editing.EditingSettings;
import org.geoparks.catalogue.editing.ExpectedVersion;
import org.geoparks.catalogue.editing.Representation;
import org.geoparks.catalogue.layer.RawValues;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Managers' side of the signage inventory: add a sign, change it, record an inspection (with a
 * photo URL, or the photo itself as multipart/form-data), retire it. Changes send back the ETag
 * read as If-Match.
 */
@RestController
class SignController {

    private static final String JSON = "application/json";

    private final SignService signs;
    private final EditBodies bodies;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final EditingSettings settings;

    SignController(SignService signs, EditBodies bodies, AuditLog audit, ObjectMapper json, EditingSettings settings) {
        this.signs = signs;
        this.bodies = bodies;
        this.audit = audit;
        this.json = json;
        this.settings = settings;
    }

    @PostMapping(path = "/api/v1/signs", consumes = JSON)
    ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, Object> body) {
        EditBodies.Body edit = bodies.read(body);
        Sign sign = signs.createSign(edit.replace(), edit.crossBorder());
        return Representation.created(signs.representation(sign.getId(), json), URI.create("/api/v1/signs/" + sign.getId()));
    }

    @GetMapping("/api/v1/signs/{id}")
    ResponseEntity<Map<String, Object>> one(@PathVariable String id) {
        return Representation.ok(signs.representation(id, json));
    }

    @PatchMapping(path = "/api/v1/signs/{id}", consumes = {EditBodies.MERGE_PATCH, JSON})
    ResponseEntity<Map<String, Object>> patch(@PathVariable String id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              @RequestBody Map<String, Object> body) {
        EditBodies.Body edit = bodies.read(body);
        signs.updateSign(id, ExpectedVersion.fromIfMatch(ifMatch), edit.merge(), edit.crossBorder());
        return Representation.ok(signs.representation(id, json));
    }

    @PutMapping(path = "/api/v1/signs/{id}", consumes = JSON)
    ResponseEntity<Map<String, Object>> replace(@PathVariable String id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                @RequestBody Map<String, Object> body) {
        EditBodies.Body edit = bodies.read(body);
        signs.updateSign(id, ExpectedVersion.fromIfMatch(ifMatch), edit.replace(), edit.crossBorder());
        return Representation.ok(signs.representation(id, json));
    }

    /** {@code {"inspected_on": "2026-12-03", "inspector": "…", "condition": "damaged", "note": "…", "photo_url": "https://…"}}. */
    @PostMapping(path = "/api/v1/signs/{id}/inspections", consumes = JSON)
    ResponseEntity<Map<String, Object>> inspect(@PathVariable String id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                @RequestBody Map<String, Object> body) {
        Map<String, Object> form = body == null ? Map.of() : body;
        return inspected(id, ExpectedVersion.fromIfMatch(ifMatch), new SignService.InspectionReport(
                RawValues.date("inspected_on", form.get("inspected_on")), RawValues.string("inspector", form.get("inspector")),
                RawValues.string("condition", form.get("condition")), RawValues.string("note", form.get("note")),
                RawValues.string("photo_url", form.get("photo_url")), null));
    }

    /** The same as a form with the photo itself in the part {@code photo}. */
    @PostMapping(path = "/api/v1/signs/{id}/inspections", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> inspectWithPhoto(@PathVariable String id,
                                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                         @RequestParam(name = "inspected_on", required = false) String inspectedOn,
                                                         @RequestParam(name = "inspector", required = false) String inspector,
                                                         @RequestParam(name = "condition", required = false) String condition,
                                                         @RequestParam(name = "note", required = false) String note,
                                                         @RequestPart(name = "photo", required = false) MultipartFile photo) throws IOException {
        ExpectedVersion expected = ExpectedVersion.fromIfMatch(ifMatch);
        long max = settings.maxPhotoSize().toBytes();
        if (photo != null && photo.getSize() > max) {
            throw InspectionPhoto.tooLarge(photo.getSize(), max);
        }
        return inspected(id, expected, new SignService.InspectionReport(RawValues.date("inspected_on", inspectedOn), inspector, condition, note,
                null, photo == null || photo.isEmpty() ? null : photo.getBytes()));
    }

    private ResponseEntity<Map<String, Object>> inspected(String id, ExpectedVersion expected, SignService.InspectionReport report) {
        Inspection inspection = signs.recordInspection(id, expected, report);
        Map<String, Object> sign = signs.representation(id, json);
        return ResponseEntity.created(URI.create("/api/v1/signs/" + id + "/inspections/" + inspection.id()))
                .eTag(ExpectedVersion.etag(Representation.version(sign)))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(Map.of("inspection", inspection, "sign", sign));
    }

    @GetMapping("/api/v1/signs/{id}/inspections")
    ResponseEntity<List<Inspection>> inspections(@PathVariable String id) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "private, no-store").body(signs.inspections(id));
    }

    @GetMapping("/api/v1/signs/{id}/inspections/{inspection}/photo")
    ResponseEntity<byte[]> photo(@PathVariable String id, @PathVariable long inspection) {
        InspectionPhoto photo = signs.inspectionPhoto(id, inspection);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.bytes());
    }

    /** Takes the sign out of service: {@code {"reason": {"vi": "…"}, "on": "2026-12-03"}}. */
    @PostMapping(path = "/api/v1/signs/{id}/retire", consumes = JSON)
    ResponseEntity<Map<String, Object>> retire(@PathVariable String id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                               @RequestBody Map<String, Object> body) {
        ExpectedVersion expected = ExpectedVersion.fromIfMatch(ifMatch);
        Map<String, Object> form = body == null ? Map.of() : body;
        signs.retire(id, expected, RawValues.text("reason", form.get("reason"), null), RawValues.date("on", form.get("on")));
        return Representation.ok(signs.representation(id, json));
    }

    /** Every change of the sign, the latest first, with who made it and the record before and after; for its park's managers. */
    @GetMapping("/api/v1/signs/{id}/history")
    ResponseEntity<java.util.List<AuditLog.Entry>> history(@PathVariable String id) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(audit.history("sign", id, signs.get(id).getParkId()));
    }
}
