package org.geoparks.catalogue.place;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.geoparks.catalogue.editing.AuditLog;
import org.geoparks.catalogue.editing.EditBodies;
import org.geoparks.catalogue.editing.ExpectedVersion;
import org.geoparks.catalogue.editing.Representation;
import org.geoparks.catalogue.layer.RawValues;
import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editors' and managers' side of places: read a place as it is edited, change its content (editors
 * and managers), its status and its position taken in the field (managers). Every change sends
 * back the ETag it read as If-Match.
 */
@RestController
class PlaceController {

    private static final String JSON = "application/json";

    private final PlaceService places;
    private final EditBodies bodies;
    private final AuditLog audit;
    private final ObjectMapper json;

    PlaceController(PlaceService places, EditBodies bodies, AuditLog audit, ObjectMapper json) {
        this.places = places;
        this.bodies = bodies;
        this.audit = audit;
        this.json = json;
    }

    @GetMapping("/api/v1/places/{id}")
    ResponseEntity<Map<String, Object>> one(@PathVariable String id) {
        return Representation.ok(places.representation(id, json));
    }

    /** Changes the fields sent (JSON Merge Patch); which ones the caller may change, the places layer declares. */
    @PatchMapping(path = "/api/v1/places/{id}", consumes = {EditBodies.MERGE_PATCH, JSON})
    ResponseEntity<Map<String, Object>> patch(@PathVariable String id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              @RequestBody Map<String, Object> body) {
        EditBodies.Body edit = bodies.read(body);
        places.update(id, ExpectedVersion.fromIfMatch(ifMatch), edit.merge());
        return Representation.ok(places.representation(id, json));
    }

    /** {@code {"status": "closed", "reason": {"vi": "…", "en": "…"}, "reopens": "2026-12-10"}}. */
    @PutMapping(path = "/api/v1/places/{id}/status", consumes = JSON)
    ResponseEntity<Map<String, Object>> status(@PathVariable String id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                               @RequestBody Map<String, Object> body) {
        ExpectedVersion expected = ExpectedVersion.fromIfMatch(ifMatch);
        Map<String, Object> form = body == null ? Map.of() : body;
        String status = RawValues.string("status", form.get("status"));
        places.setStatus(id, expected, status == null ? null : CodedEnum.parse(PlaceStatus.class, "status", status),
                RawValues.text("reason", form.get("reason"), null), RawValues.date("reopens", form.get("reopens")));
        return Representation.ok(places.representation(id, json));
    }

    /** A position taken at the place: {@code {"lon": …, "lat": …, "accuracy_m": 6, "confirm": false}}. */
    @PostMapping(path = "/api/v1/places/{id}/position", consumes = JSON)
    ResponseEntity<Map<String, Object>> position(@PathVariable String id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                 @RequestBody Map<String, Object> body) {
        ExpectedVersion expected = ExpectedVersion.fromIfMatch(ifMatch);
        Map<String, Object> form = body == null ? Map.of() : body;
        PlaceService.Moved moved = places.correctPosition(id, expected, required(form, "lon"), required(form, "lat"),
                required(form, "accuracy_m"), RawValues.bool("confirm", form.get("confirm"), false));
        Map<String, Object> answer = places.representation(id, json);
        answer.put("moved_m", Math.round(moved.metres() * 10) / 10.0);
        return Representation.ok(answer);
    }

    private static double required(Map<String, Object> form, String name) {
        Double value = RawValues.number(name, form.get(name));
        if (value == null || !Double.isFinite(value)) {
            throw new InvalidRecordException(name, "is required: the position as longitude (lon) and latitude (lat) in WGS 84 degrees, and the fix's accuracy_m");
        }
        return value;
    }

    /** Every change of the place, the latest first, with who made it and the record before and after; for its park's managers. */
    @GetMapping("/api/v1/places/{id}/history")
    ResponseEntity<java.util.List<AuditLog.Entry>> history(@PathVariable String id) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(audit.history("place", id, places.get(id).getParkId()));
    }
}
