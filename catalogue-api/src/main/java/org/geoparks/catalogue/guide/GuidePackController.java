package org.geoparks.catalogue.guide;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Offline packs of a park and of a route. The ETag is the pack's version: a player that has the
 * current pack asks with If-None-Match and gets a 304 without a byte of audio.
 */
@RestController
class GuidePackController {

    private final GuidePacks packs;

    GuidePackController(GuidePacks packs) {
        this.packs = packs;
    }

    @GetMapping("/api/v1/parks/{id}/guide-pack")
    void parkPack(@PathVariable String id, @RequestParam(required = false) String lang, HttpServletRequest request,
                  HttpServletResponse response) throws IOException {
        send(packs.ofPark(id, requested(lang, request)), request, response);
    }

    @GetMapping("/api/v1/routes/{id}/guide-pack")
    void routePack(@PathVariable String id, @RequestParam(required = false) String lang, HttpServletRequest request,
                   HttpServletResponse response) throws IOException {
        send(packs.ofRoute(id, requested(lang, request)), request, response);
    }

    private static GuideDocuments.Requested requested(String lang, HttpServletRequest request) {
        return new GuideDocuments.Requested(lang, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private void send(GuidePacks.Pack pack, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String etag = "\"" + pack.version() + "\"";
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (EntityTags.noneMatchFails(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return;
        }
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + pack.name() + "-" + pack.version().substring(0, 12) + ".zip\"");
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        packs.write(pack, response.getOutputStream());
    }
}
