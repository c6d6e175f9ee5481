package org.geoparks.catalogue.guide;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.geoparks.catalogue.geojson.GeoJsonMediaTypes;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a visitor's player reads: a place's narration in the best language, and a route's
 * narrations in stop order with their trigger geofences. The answer says which language it chose
 * and why ({@code language_chosen_by}), and Content-Language names it.
 */
@RestController
class GuideController {

    private final GuideDocuments documents;

    GuideController(GuideDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(path = "/api/v1/places/{id}/guide", produces = {GeoJsonMediaTypes.GEO_JSON_VALUE, "application/json"})
    ResponseEntity<ObjectNode> place(@PathVariable String id, @RequestParam(required = false) String lang,
                                     @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return answer(documents.placeGuide(id, new GuideDocuments.Requested(lang, acceptLanguage)));
    }

    @GetMapping(path = "/api/v1/routes/{id}/guide", produces = {GeoJsonMediaTypes.GEO_JSON_VALUE, "application/json"})
    ResponseEntity<ObjectNode> route(@PathVariable String id, @RequestParam(required = false) String lang,
                                     @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return answer(documents.routeGuide(id, new GuideDocuments.Requested(lang, acceptLanguage), null));
    }

    private static ResponseEntity<ObjectNode> answer(GuideDocuments.Document document) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(GeoJsonMediaTypes.GEO_JSON)
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (!document.languages().isEmpty()) {
            ok.header(HttpHeaders.CONTENT_LANGUAGE, String.join(", ", document.languages()));
        }
        return ok.body(document.body());
    }
}
