package org.geoparks.catalogue.hazard;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Map;
import org.geoparks.catalogue.editing.AuditLog;
import org.geoparks.catalogue.editing.EditBodies;
import org.geoparks.catalogue.editing.ExpectedVersion;
import org.geoparks.catalogue.editing.Representation;
import org.geoparks.catalogue.layer.RawValues;
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
 * Managers' side of hazards: record one, change it (If-Match the ETag read), resolve it with a
 * reason. Fields are the hazards layer's, by name; rights and rules are the service's.
 */
@RestController
class HazardController {

    private static final String JSON = "application/json";

    private final HazardService hazards;
    private final EditBodies bodies;
    private final AuditLog audit;
    private final ObjectMapper json;

    HazardController(HazardService hazards, EditBodies bodies, AuditLog audit, ObjectMapper json) {
        this.hazards = hazards;
        this.bodies = bodies;
        this.audit = audit;
        this.json = json;
    }

    @PostMapping(path = "/api/v1/hazards", consumes = JSON)
    ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, Object> body) {
        EditBodies.Body edit = bodies.read(body);
        Hazard hazard = hazards.createHazard(edit.replace(), edit.crossBorder());
        return Representation.created(hazards.representation(hazard.getId(), json), URI.create("/api/v1/hazards/" + hazard.getId()));
    }

    @GetMapping("/api/v1/hazards/{id}")
    ResponseEntity<Map<String, Object>> one(@PathVariable String id) {
        return Representation.ok(hazards.representation(id, json));
    }

    /** Changes the fields sent (JSON Merge Patch: a text object changes the languages it names). */
    @PatchMapping(path = "/api/v1/hazards/{id}", consumes = {EditBodies.MERGE_PATCH, JSON})
    ResponseEntity<Map<String, Object>> patch(@PathVariable String id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              @RequestBody Map<String, Object> body) {
        EditBodies.Body edit = bodies.read(body);
        hazards.updateHazard(id, ExpectedVersion.fromIfMatch(ifMatch), edit.merge(), edit.crossBorder());
        return Representation.ok(hazards.representation(id, json));
    }

    /** Replaces the hazard with the record sent (what GET gave, changed). */
    @PutMapping(path = "/api/v1/hazards/{id}", consumes = JSON)
    ResponseEntity<Map<String, Object>> replace(@PathVariable String id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                @RequestBody Map<String, Object> body) {
        EditBodies.Body edit = bodies.read(body);
        hazards.updateHazard(id, ExpectedVersion.fromIfMatch(ifMatch), edit.replace(), edit.crossBorder());
        return Representation.ok(hazards.representation(id, json));
    }

    /** Resolves the hazard: {@code {"reason": {"vi": "…", "en": "…"}}}. */
    @PostMapping(path = "/api/v1/hazards/{id}/resolve", consumes = JSON)
    ResponseEntity<Map<String, Object>> resolve(@PathVariable String id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                @RequestBody Map<String, Object> body) {
        ExpectedVersion expected = ExpectedVersion.fromIfMatch(ifMatch);
        hazards.resolve(id, expected, RawValues.text("reason", body == null ? null : body.get("reason"), null));
        return Representation.ok(hazards.representation(id, json));
    }

    /** Every change of the hazard, the latest first, with who made it and the record before and after; for its park's managers. */
    @GetMapping("/api/v1/hazards/{id}/history")
    ResponseEntity<java.util.List<AuditLog.Entry>> history(@PathVariable String id) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(audit.history("hazard", id, hazards.get(id).getParkId()));
    }
}
