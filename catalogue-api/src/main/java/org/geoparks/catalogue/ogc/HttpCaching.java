package org.geoparks.catalogue.ogc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;

/** Sends in-memory pages the way caches and browsers expect: ETag, 304, gzip, Cache-Control, Vary. */
final class HttpCaching {

    static final String VARY = "Accept, Accept-Language, Accept-Encoding, Authorization";

    private HttpCaching() {
    }

    static void send(RenderedPage page, HttpServletRequest request, HttpServletResponse response, String cacheControl) throws IOException {
        response.setHeader("ETag", page.etag);
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Vary", VARY);
        if (matches(request.getHeader("If-None-Match"), page.etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType);
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        byte[] bytes = gzip ? page.gzipped() : page.body;
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    static String cacheControl(AccessScope scope, int maxAgeSeconds) {
        return scope.isPublic() ? "public, max-age=" + maxAgeSeconds : "private, max-age=0, must-revalidate";
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return ifNoneMatch.trim().equals("*")
                || Arrays.stream(ifNoneMatch.split(",")).map(String::trim).map(t -> t.startsWith("W/") ? t.substring(2) : t).anyMatch(etag::equals);
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
