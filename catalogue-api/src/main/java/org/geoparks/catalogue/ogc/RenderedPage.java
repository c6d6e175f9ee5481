package org.geoparks.catalogue.ogc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.geoparks.catalogue.support.Etags;

/**
 * A response body kept in memory: its bytes, gzip form and strong ETag (a hash of the bytes, so
 * the same tag always means the same bytes). The gzip form is made when a client first asks for
 * it: most pages of a panning map are read once, and not every client accepts gzip.
 */
final class RenderedPage {

    final byte[] body;
    private volatile byte[] gzipped;
    final String etag;
    final String contentType;
    final long version;

    RenderedPage(byte[] body, String contentType, long version) {
        this.body = body;
        this.contentType = contentType;
        this.version = version;
        this.etag = Etags.of(body);
    }

    static RenderedPage of(String text, String contentType, long version) {
        return new RenderedPage(text.getBytes(StandardCharsets.UTF_8), contentType, version);
    }

    /** The body compressed; made once, on first use (two threads may both make it: same bytes). */
    byte[] gzipped() {
        byte[] g = gzipped;
        if (g == null) {
            g = gzip(body);
            gzipped = g;
        }
        return g;
    }

    /** Bytes held in the cache, counting the gzip form at a quarter of the body (JSON and HTML compress better). */
    int weight() {
        return body.length + body.length / 4 + 200;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
            gz.write(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
