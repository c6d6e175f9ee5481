package org.geoparks.catalogue.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/v1/search}: a GeoJSON FeatureCollection of the best matches, each with its
 * score, the language it matched in and a highlighted snippet, with the count of all matches and
 * facet counts as foreign members. {@code GET /api/v1/suggest}: names to complete a half-typed
 * text with. See docs/search.md.
 */
@RestController
class SearchController {

    private final SearchService search;
    private final ObjectMapper json;

    SearchController(SearchService search, ObjectMapper json) {
        this.search = search;
        this.json = json;
    }

    @GetMapping("/api/v1/search")
    void search(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SearchRequest q = SearchRequest.parse(single(params), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), false);
        if (!search.isReady()) {
            notReady(response); // expected for a few seconds after start-up: answered, not logged as a failure
            return;
        }
        SearchResult result = search.search(q);
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        response.setContentType("application/geo+json");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, q.language().primary());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        try (JsonGenerator g = json.getFactory().createGenerator(response.getOutputStream())) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (SearchHit hit : result.hits()) {
                feature(g, hit, q, base);
            }
            g.writeEndArray();
            g.writeNumberField("numberMatched", result.matched());
            g.writeNumberField("numberReturned", result.hits().size());
            g.writeFieldName("facets");
            json.writeValue(g, result.facets());
            g.writeFieldName("query");
            Map<String, Object> echo = new LinkedHashMap<>();
            echo.put("q", q.q());
            echo.put("lang", q.language().primary());
            if (q.near() != null) {
                echo.put("near", List.of(q.near().lat(), q.near().lon()));
            }
            echo.put("limit", q.limit());
            echo.put("offset", q.offset());
            json.writeValue(g, echo);
            g.writeEndObject();
        }
    }

    @GetMapping("/api/v1/suggest")
    Map<String, Object> suggest(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
                                HttpServletResponse response) throws IOException {
        SearchRequest q = SearchRequest.parse(single(params), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), true);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (!search.isReady()) {
            notReady(response);
            return null;
        }
        return Map.of("q", q.q(), "suggestions", search.suggest(q));
    }

    private void notReady(HttpServletResponse response) throws IOException {
        SearchUnavailableException e = new SearchUnavailableException("The search index of this instance is being built; try again in a few seconds.");
        response.setStatus(503);
        response.setHeader(HttpHeaders.RETRY_AFTER, "2");
        response.setContentType("application/problem+json");
        json.writeValue(response.getOutputStream(), e.getBody());
    }

    private void feature(JsonGenerator g, SearchHit hit, SearchRequest q, String base) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", hit.id());
        g.writeFieldName("geometry");
        if (hit.geoJson() == null) {
            g.writeNull();
        } else {
            g.writeRawValue(hit.geoJson());
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("layer", hit.layer());
        g.writeStringField("kind", hit.kind());
        var name = q.language().pick(org.geoparks.catalogue.i18n.LocalizedText.of(hit.names()));
        if (name.isPresent()) {
            g.writeStringField("name", name.get().text());
            g.writeStringField("name_language", name.get().language());
        }
        g.writeArrayFieldStart("parks");
        for (String park : hit.parks()) {
            g.writeString(park);
        }
        g.writeEndArray();
        if (hit.status() != null) {
            g.writeStringField("status", hit.status());
        }
        g.writeNumberField("score", Math.round(hit.score() * 1000) / 1000.0);
        if (hit.matchedLanguage() != null) {
            g.writeStringField("matched_language", hit.matchedLanguage());
        }
        g.writeStringField("snippet", hit.snippet());
        if (hit.distanceM() != null) {
            g.writeNumberField("distance_m", hit.distanceM().longValue());
        }
        g.writeStringField("collection", hit.collection());
        g.writeStringField("href", base + "/ogc/collections/" + hit.collection() + "/items/" + hit.itemId());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** One value per parameter: a repeated parameter is a mistake worth saying. */
    private static Map<String, String> single(MultiValueMap<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (values.size() > 1) {
                throw new SearchRequestException(name, name + " is given " + values.size() + " times; give it once"
                        + (name.equals("kind") || name.equals("park") || name.equals("layer") ? " with values separated by commas" : ""));
            }
            out.put(name, values.get(0));
        });
        return out;
    }
}
