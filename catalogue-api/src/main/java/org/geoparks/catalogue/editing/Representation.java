package org.geoparks.catalogue.editing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A record as the edit API answers it: its id, its fields as the layer declares them (every
 * language of every text), its exact geometry, and its version — also its entity tag, to send
 * back as If-Match. What GET answers, PUT takes back.
 */
public final class Representation {

    /**
     * What the catalogue adds to a record it answers and keeps itself — whether a hazard is in force,
     * a place's status in effect, how far a position moved: dropped when the record comes back.
     */
    public static final java.util.Set<String> COMPUTED = java.util.Set.of("in_force", "status_in_effect", "moved_m");

    private Representation() {
    }

    public static Map<String, Object> of(String id, RecordValues.Values values, ObjectMapper json) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.putAll(values.fields());
        body.put("geometry", values.geometry() == null ? null : json.valueToTree(values.geometry()));
        return body;
    }

    public static int version(Map<String, Object> body) {
        Object version = body.get("version");
        return version instanceof Number n ? n.intValue() : 0;
    }

    /** 200 with the record and its ETag; private to the caller, never stored by a shared cache. */
    public static ResponseEntity<Map<String, Object>> ok(Map<String, Object> body) {
        return answer(HttpStatus.OK, body, null);
    }

    /** 201 with the new record, its address and its ETag. */
    public static ResponseEntity<Map<String, Object>> created(Map<String, Object> body, URI location) {
        return answer(HttpStatus.CREATED, body, location);
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, Map<String, Object> body, URI location) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .eTag(ExpectedVersion.etag(version(body)))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (location != null) {
            response.location(location);
        }
        return response.body(body);
    }
}
