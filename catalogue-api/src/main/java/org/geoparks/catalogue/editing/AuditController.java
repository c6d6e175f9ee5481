package org.geoparks.catalogue.editing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.layer.RawValues;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code GET /api/v1/audit?park=&since=&type=&limit=&before=}: who changed what in a park, the
 * latest first, for its managers and administrators. A {@code next} link pages further back.
 */
@RestController
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    ResponseEntity<Map<String, Object>> entries(@RequestParam(required = false) String park, @RequestParam(required = false) String since,
                                                @RequestParam(required = false) String type, @RequestParam(required = false) Integer limit,
                                                @RequestParam(required = false) Long before) {
        if (type != null && !type.matches("[a-z_]{2,40}")) {
            throw new InvalidParameterException("type", "'" + type + "' is not a record type (hazard, sign, place, narration, account…)");
        }
        int size = limit == null ? AuditLog.DEFAULT_LIMIT : limit;
        if (size < 1 || size > AuditLog.MAX_LIMIT) {
            throw new InvalidParameterException("limit", "must be between 1 and " + AuditLog.MAX_LIMIT);
        }
        Instant from;
        try {
            from = RawValues.instant("since", since);
        } catch (InvalidRecordException e) {
            throw new InvalidParameterException("since", e.problem());
        }
        List<AuditLog.Entry> entries = audit.entries(park == null || park.isBlank() ? null : park, from, type, before, size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entries", entries);
        if (entries.size() == size) {
            body.put("next", UriComponentsBuilder.fromPath("/api/v1/audit").queryParamIfPresent("park", java.util.Optional.ofNullable(park))
                    .queryParamIfPresent("since", java.util.Optional.ofNullable(since)).queryParamIfPresent("type", java.util.Optional.ofNullable(type))
                    .queryParam("limit", size).queryParam("before", entries.get(entries.size() - 1).id()).build().encode().toUriString());
        }
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "private, no-store").body(body);
    }
}
