package org.geoparks.catalogue.guide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A park's guide coverage, as JSON or as CSV for a spreadsheet ({@code ?f=csv} or {@code Accept: text/csv}). */
@RestController
class GuideCoverageController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final List<String> COLUMNS = List.of("place_id", "place_name", "language", "status", "script", "recording",
            "recording_matches_script", "synthesized_draft", "automatic_trigger", "trigger_reason", "position_precision", "trigger_radius_m");

    private final GuideCoverage coverage;

    GuideCoverageController(GuideCoverage coverage) {
        this.coverage = coverage;
    }

    @GetMapping("/api/v1/parks/{id}/guide-coverage")
    ResponseEntity<?> coverage(@PathVariable String id, @RequestParam(name = "f", required = false) String format,
                               @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        GuideCoverage.Report report = coverage.of(id);
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains("text/csv"));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().cacheControl(CacheControl.noCache()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (csv) {
            return ok.contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-guide-coverage.csv\"")
                    .body(csv(report));
        }
        return ok.contentType(MediaType.APPLICATION_JSON).body(json(report));
    }

    private static Map<String, Object> json(GuideCoverage.Report report) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("park", report.parkId());
        body.put("languages", report.languages());
        Map<String, Object> synthesis = new LinkedHashMap<>();
        synthesis.put("available", report.synthesis().available());
        synthesis.put("detail", report.synthesis().detail());
        synthesis.put("drafts_pending", report.pendingDrafts());
        body.put("synthesis", synthesis);
        body.put("summary", report.summary());
        body.put("rows", report.rows().stream().map(row -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("place", row.placeId());
            r.put("name", row.name());
            r.put("language", row.language());
            r.put("status", row.status().code);
            r.put("script", row.script());
            r.put("recording", row.recording());
            r.put("recording_matches_script", row.recordingMatchesScript());
            r.put("synthesized_draft", row.synthesizedDraft());
            r.put("automatic_trigger", row.automaticTrigger());
            r.put("trigger_reason", row.triggerReason());
            r.put("position_precision", row.positionPrecision());
            r.put("trigger_radius_m", row.triggerRadiusM());
            return r;
        }).toList());
        return body;
    }

    static String csv(GuideCoverage.Report report) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (GuideCoverage.Row row : report.rows()) {
            List<Object> cells = List.of(row.placeId(), row.name(), row.language(), row.status().code, row.script(), row.recording(),
                    row.recordingMatchesScript() == null ? "" : row.recordingMatchesScript(), row.synthesizedDraft(), row.automaticTrigger(),
                    row.triggerReason(), row.positionPrecision() == null ? "" : row.positionPrecision(), row.triggerRadiusM());
            for (int i = 0; i < cells.size(); i++) {
                out.append(i == 0 ? "" : ",").append(cell(String.valueOf(cells.get(i))));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** RFC 4180 quoting, formulas defused: the catalogue's one rule of CSV cells. */
    static String cell(String value) {
        return org.geoparks.catalogue.support.Csv.cell(value);
    }
}
