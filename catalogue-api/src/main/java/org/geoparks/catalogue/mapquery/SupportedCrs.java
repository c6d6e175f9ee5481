package org.geoparks.catalogue.mapquery;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coordinate reference systems the map service answers in (OGC API – Features Part 2): WGS 84
 * in both axis orders, Web Mercator, and VN-2000 as Vietnamese agencies use it for these parks —
 * geographic, UTM zone 48N, and the TM-3 zones of Cao Bằng and Lạng Sơn. (UTM 49N covers
 * Vietnam east of 108°E, far from these parks, and is left out.) The
 * axis order is the CRS's own: EPSG:4326 and EPSG:4756 are latitude first, CRS84 longitude first.
 */
public enum SupportedCrs {
    CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", 4326, false, 7, "WGS 84 (longitude, latitude)", Extent.DEGREES),
    EPSG_4326("http://www.opengis.net/def/crs/EPSG/0/4326", 4326, true, 7, "WGS 84 (latitude, longitude)", Extent.DEGREES),
    EPSG_3857("http://www.opengis.net/def/crs/EPSG/0/3857", 3857, false, 2, "WGS 84 / Pseudo-Mercator (web maps)", Extent.WEB_MERCATOR),
    EPSG_4756("http://www.opengis.net/def/crs/EPSG/0/4756", 4756, true, 7, "VN-2000 geographic (latitude, longitude)", Extent.DEGREES),
    EPSG_3405("http://www.opengis.net/def/crs/EPSG/0/3405", 3405, false, 3, "VN-2000 / UTM zone 48N", Extent.VIETNAM_METRES),
    EPSG_9210("http://www.opengis.net/def/crs/EPSG/0/9210", 9210, false, 3, "VN-2000 / TM-3 Cao Bằng (105°45')", Extent.VIETNAM_METRES),
    EPSG_9215("http://www.opengis.net/def/crs/EPSG/0/9215", 9215, false, 3, "VN-2000 / TM-3 Lạng Sơn (107°15')", Extent.VIETNAM_METRES);

    /**
     * Where coordinates of a CRS mean something, in its x/y (easting/northing, longitude/latitude):
     * a box beyond it is refused rather than sent to PROJ, which fails (or answers nonsense) far
     * outside a projection's domain.
     */
    public record Extent(double minX, double minY, double maxX, double maxY) {
        static final Extent DEGREES = new Extent(-180, -90, 180, 90);
        static final Extent WEB_MERCATOR = new Extent(-20037508.3428, -20048966.1041, 20037508.3428, 20048966.1041);
        /** The Vietnamese projections, around Vietnam: about 95°–115° E, 0°–36° N. */
        static final Extent VIETNAM_METRES = new Extent(-500_000, 0, 1_500_000, 4_000_000);

        public boolean contains(double x, double y) {
            return x >= minX && x <= maxX && y >= minY && y <= maxY;
        }
    }

    private static final Pattern EPSG = Pattern.compile(
            "(?i)^(?:https?://www\\.opengis\\.net/def/crs/EPSG/[^/]+/|urn:ogc:def:crs:EPSG:[\\d.]*:|EPSG:)(\\d+)$");

    private final String uri;
    private final int srid;
    private final boolean latitudeFirst;
    private final int decimals;
    private final String title;
    private final Extent extent;

    SupportedCrs(String uri, int srid, boolean latitudeFirst, int decimals, String title, Extent extent) {
        this.uri = uri;
        this.srid = srid;
        this.latitudeFirst = latitudeFirst;
        this.decimals = decimals;
        this.title = title;
        this.extent = extent;
    }

    /** Where this CRS's coordinates mean something, in x/y order. */
    public Extent extent() {
        return extent;
    }

    public String uri() {
        return uri;
    }

    public int srid() {
        return srid;
    }

    public boolean latitudeFirst() {
        return latitudeFirst;
    }

    public int decimals() {
        return decimals;
    }

    public String title() {
        return title;
    }

    public static List<String> uris() {
        return Arrays.stream(values()).map(SupportedCrs::uri).toList();
    }

    /** From a URI, URN, {@code EPSG:n} or {@code [EPSG:n]} (a safe CURIE); empty when not supported. */
    public static Optional<SupportedCrs> parse(String value) {
        String v = value.trim();
        if (v.startsWith("[") && v.endsWith("]")) {
            v = v.substring(1, v.length() - 1);
        }
        String upper = v.toUpperCase(Locale.ROOT);
        if (upper.endsWith("/CRS84") || upper.equals("OGC:CRS84") || upper.equals("URN:OGC:DEF:CRS:OGC:1.3:CRS84") || upper.equals("CRS84")) {
            return Optional.of(CRS84);
        }
        Matcher m = EPSG.matcher(v);
        if (m.matches()) {
            int code;
            try {
                code = Integer.parseInt(m.group(1));
            } catch (NumberFormatException e) {
                return Optional.empty(); // more digits than any EPSG code
            }
            return Arrays.stream(values()).filter(c -> c != CRS84 && c.srid == code).findFirst();
        }
        return Optional.empty();
    }
}
