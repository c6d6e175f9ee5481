package org.geoparks.importer.crs;

import java.util.Locale;
import java.util.Objects;

/**
 * The coordinate reference system a file's coordinates are in, as the file or the user names it:
 * an authority code ({@code EPSG:3405}, {@code OGC:CRS84}) or a WKT definition (e.g. an ESRI
 * {@code .prj} that carries no code).
 */
public record SourceCrs(String code, String wkt) {

    /** RFC 7946 GeoJSON: WGS 84 with longitude first. */
    public static final SourceCrs CRS84 = new SourceCrs("OGC:CRS84", null);

    public SourceCrs {
        if ((code == null) == (wkt == null)) {
            throw new IllegalArgumentException("a CRS is named either by a code or by WKT");
        }
    }

    /** Parses {@code EPSG:3405}, {@code 3405}, {@code urn:ogc:def:crs:EPSG::3405}, {@code http://www.opengis.net/def/crs/EPSG/0/3405}, CRS84 forms. */
    public static SourceCrs parse(String text) {
        Objects.requireNonNull(text, "crs");
        String t = text.trim();
        String upper = t.toUpperCase(Locale.ROOT);
        if (upper.endsWith("CRS84") || upper.equals("OGC:CRS84")) {
            return CRS84;
        }
        if (t.matches("\\d+")) {
            return epsg(Integer.parseInt(t));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?i)^(?:urn:ogc:def:crs:)?EPSG:{1,2}(?:[\\d.]*:)?(\\d+)$|^https?://www\\.opengis\\.net/def/crs/EPSG/[^/]+/(\\d+)$")
                .matcher(t);
        if (m.matches()) {
            return epsg(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        if (upper.startsWith("PROJCS[") || upper.startsWith("GEOGCS[") || upper.startsWith("PROJCRS[")
                || upper.startsWith("GEOGCRS[") || upper.startsWith("GEODCRS[") || upper.startsWith("COMPD_CS[")) {
            return new SourceCrs(null, t);
        }
        throw new IllegalArgumentException("'" + text + "' is not a CRS name this importer understands (e.g. EPSG:3405, EPSG:4326, OGC:CRS84)");
    }

    public static SourceCrs epsg(int code) {
        return code == 4326 ? new SourceCrs("EPSG:4326", null) : new SourceCrs("EPSG:" + code, null);
    }

    public boolean isCrs84() {
        return CRS84.equals(this);
    }

    @Override
    public String toString() {
        return code != null ? code : "WKT " + (wkt.length() > 60 ? wkt.substring(0, 60) + "…" : wkt);
    }
}
