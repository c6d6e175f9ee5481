package org.geoparks.catalogue.ogc;

import jakarta.servlet.http.HttpServletRequest;
import org.geoparks.catalogue.account.ParkScope;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Answers with in-memory pages the way caches and browsers expect: strong ETag (Spring answers
 * 304 to a matching If-None-Match), the gzip form kept with the page, Cache-Control and Vary.
 */
final class HttpCaching {

    static final String VARY = "Accept, Accept-Language, Accept-Encoding, Authorization";

    private HttpCaching() {
    }

    static ResponseEntity<byte[]> send(RenderedPage page, HttpServletRequest request, String cacheControl) {
        return send(page, request, cacheControl, HttpHeaders.EMPTY);
    }

    /** With headers of the resource's own (Content-Crs, Content-Language). */
    static ResponseEntity<byte[]> send(RenderedPage page, HttpServletRequest request, String cacheControl, HttpHeaders headers) {
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .headers(headers)
                .eTag(page.etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, VARY)
                .contentType(MediaType.parseMediaType(page.contentType));
        if (gzip) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response.body(gzip ? page.gzipped() : page.body);
    }

    static String cacheControl(ParkScope scope, int maxAgeSeconds) {
        return scope.isPublic() ? "public, max-age=" + maxAgeSeconds : "private, max-age=0, must-revalidate";
    }

    private static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.trim().split(";");
            if (pieces[0].trim().equalsIgnoreCase("gzip")) {
                return pieces.length == 1 || !pieces[1].trim().replace(" ", "").equals("q=0");
            }
        }
        return false;
    }
}
