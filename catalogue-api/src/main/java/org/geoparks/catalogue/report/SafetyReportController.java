package org.geoparks.catalogue.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.i18n.LanguageTag;
import org.geoparks.catalogue.support.Csv;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/parks/{id}/safety-report}: JSON (every language), or CSV for a spreadsheet
 * ({@code ?f=csv} or {@code Accept: text/csv}; texts in {@code ?lang=}, Vietnamese by default),
 * one row per item with its section first.
 */
@RestController
class SafetyReportController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final List<String> COLUMNS = List.of("section", "id", "kind", "name", "state", "detail", "place", "since", "until");

    private final SafetyReport reports;

    SafetyReportController(SafetyReport reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/parks/{id}/safety-report")
    ResponseEntity<?> report(@PathVariable String id, @RequestParam(name = "f", required = false) String format,
                             @RequestParam(name = "lang", required = false) String lang,
                             @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        String language = lang == null ? "vi" : LanguageTag.canonical(lang);
        SafetyReport.Report report = reports.of(id);
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains("text/csv"));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (csv) {
            return ok.contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-safety-report-" + report.today() + ".csv\"")
                    .body(csv(report, language));
        }
        return ok.contentType(MediaType.APPLICATION_JSON).body(report);
    }

    static String csv(SafetyReport.Report report, String language) {
        StringBuilder out = new StringBuilder(Csv.row(COLUMNS));
        for (Map<String, Object> h : report.hazardsInForce()) {
            out.append(Csv.row(java.util.Arrays.asList("hazard_in_force", h.get("id"), h.get("type"), text(h.get("title"), language),
                    h.get("severity"), "place_effect=" + h.get("place_effect"), h.get("place"), h.get("valid_from"),
                    h.get("valid_until") != null ? h.get("valid_until") : season(h))));
        }
        report.signsByCondition().forEach((condition, count) -> out.append(Csv.row(java.util.Arrays.asList(
                "signs_by_condition", condition, "", "", count, "", "", "", ""))));
        out.append(Csv.row(java.util.Arrays.asList("signs_by_condition", "retired", "", "", report.signsRetired(), "", "", "", "")));
        for (Map<String, Object> s : report.signsOverdue()) {
            out.append(Csv.row(java.util.Arrays.asList("sign_overdue", s.get("id"), s.get("type"), text(s.get("text"), language), s.get("condition"),
                    s.get("last_inspected") == null ? "never inspected" : "inspection due " + s.get("due"),
                    s.get("serves_place") != null ? s.get("serves_place") : s.get("serves_hazard"), s.get("last_inspected"), "")));
        }
        for (Map<String, Object> p : report.placesNotOpen()) {
            out.append(Csv.row(java.util.Arrays.asList("place_" + p.get("status"), p.get("id"), p.get("kind"), text(p.get("name"), language),
                    p.get("status"), text(p.get("reason"), language)
                            + (p.get("because_of_hazard") != null ? " (hazard " + p.get("because_of_hazard") + ")" : ""),
                    p.get("id"), p.get("since"), p.get("reopens"))));
        }
        return out.toString();
    }

    private static String season(Map<String, Object> hazard) {
        return hazard.get("season_start") == null ? "" : "every year " + hazard.get("season_start") + " to " + hazard.get("season_end");
    }

    /** A text in the language asked, else Vietnamese, English, or whatever language it has. */
    private static String text(Object texts, String language) {
        if (!(texts instanceof JsonNode node) || !node.isObject() || node.isEmpty()) {
            return "";
        }
        for (String tag : List.of(language, "vi", "en")) {
            if (node.hasNonNull(tag)) {
                return node.get(tag).asText();
            }
        }
        return node.elements().next().asText();
    }
}
