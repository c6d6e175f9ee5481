package org.geoparks.catalogue.mapquery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.i18n.LanguageTag;
import org.geoparks.catalogue.collection.Collection;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.springframework.util.MultiValueMap;

/**
 * A validated items request. Every parameter is checked here, once: out-of-range limits,
 * malformed boxes, unknown parameters and unsupported CRSs are 400s that say what to send.
 */
public record ItemsQuery(
        double[] bbox,
        SupportedCrs bboxCrs,
        SupportedCrs crs,
        int limit,
        long offset,
        String after,
        TimeFilter time,
        Map<String, String> filters,
        LanguagePreference language,
        String f,
        String text,
        List<String> textMatches) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 10_000;
    public static final Set<String> COMMON = Set.of("f", "lang", "limit", "offset", "after", "bbox", "bbox-crs", "crs", "datetime");
    /** Free text (OGC API – Records' {@code q}), on the collections whose layer is searched. */
    public static final String TEXT = "q";

    public static ItemsQuery parse(Collection collection, MultiValueMap<String, String> params, String acceptLanguage, Instant now) {
        Set<String> allowed = new TreeSet<>(COMMON);
        allowed.addAll(collection.filters().keySet());
        if (collection.layer().isSearched()) {
            allowed.add(TEXT);
        }
        for (String name : params.keySet()) {
            if (!allowed.contains(name)) {
                throw new InvalidParameterException(name, "unknown query parameter '" + name + "'; collection '" + collection.id()
                        + "' accepts " + String.join(", ", allowed));
            }
            if (params.get(name).size() > 1) {
                throw new InvalidParameterException(name, "the parameter '" + name + "' is given more than once");
            }
        }
        int limit = limit(params.getFirst("limit"));
        long offset = integer(params.getFirst("offset"), "offset", 0, 0, Integer.MAX_VALUE);
        SupportedCrs crs = crs(params.getFirst("crs"), "crs");
        SupportedCrs bboxCrs = crs(params.getFirst("bbox-crs"), "bbox-crs");
        double[] bbox = bbox(params.getFirst("bbox"), bboxCrs);
        if (bbox == null && params.getFirst("bbox-crs") != null) {
            throw new InvalidParameterException("bbox-crs", "bbox-crs needs a bbox");
        }
        TimeFilter time = params.getFirst("datetime") != null ? TimeFilter.parse(params.getFirst("datetime"))
                : collection.inForceNow() ? TimeFilter.at(now) : null;
        Map<String, String> filters = new LinkedHashMap<>();
        collection.filters().forEach((name, filter) -> {
            String value = params.getFirst(name);
            if (value != null) {
                if (filter.allowedValues() != null && !filter.allowedValues().contains(value)) {
                    throw new InvalidParameterException(name, "'" + value + "' is not a " + name + " of this collection; one of " + String.join(", ", filter.allowedValues()));
                }
                filters.put(name, value);
            }
        });
        String after = params.getFirst("after");
        LanguagePreference language = language(params.getFirst("lang"), acceptLanguage);
        String text = params.getFirst(TEXT);
        return new ItemsQuery(bbox, bboxCrs, crs, limit, offset, after, time, filters, language, params.getFirst("f"),
                text == null || text.isBlank() ? null : text, null);
    }

    /** The same request restricted to the records the text matched (the search index's answer to {@link #text}). */
    public ItemsQuery matching(List<String> ids) {
        return new ItemsQuery(bbox, bboxCrs, crs, limit, offset, after, time, filters, language, f, text, List.copyOf(ids));
    }

    /** {@code lang} must be a served language; Accept-Language only prefers. */
    public static LanguagePreference language(String lang, String acceptLanguage) {
        if (lang == null) {
            return LanguagePreference.fromAcceptLanguage(acceptLanguage);
        }
        try {
            return LanguagePreference.explicit(lang);
        } catch (LanguageTag.InvalidLanguageTagException | LanguagePreference.UnsupportedLanguageException e) {
            throw new InvalidParameterException("lang", e.getMessage());
        }
    }

    public static SupportedCrs crs(String value, String parameter) {
        if (value == null) {
            return SupportedCrs.CRS84;
        }
        return SupportedCrs.parse(value).orElseThrow(() -> new InvalidParameterException(parameter,
                "'" + value + "' is not a CRS this service offers; it offers " + String.join(", ", SupportedCrs.uris())));
    }

    /** Above the maximum is not an error (OGC API – Features Part 1): the page is then the largest one served. */
    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        String v = value.trim();
        if (!v.matches("\\+?[0-9]{1,400}") || new java.math.BigInteger(v.replace("+", "")).signum() == 0) {
            throw new InvalidParameterException("limit", "limit must be a whole number from 1 (above " + MAX_LIMIT + " reads as "
                    + MAX_LIMIT + "), not '" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "'");
        }
        return new java.math.BigInteger(v.replace("+", "")).min(java.math.BigInteger.valueOf(MAX_LIMIT)).intValue();
    }

    private static int integer(String value, String name, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < min || parsed > max) {
                throw new InvalidParameterException(name, name + " must be between " + min + " and " + max + ", not " + value);
            }
            return (int) parsed;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " must be a whole number between " + min + " and " + max + ", not '"
                    + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'");
        }
    }

    /** West, south, east, north in the bbox CRS's own axis order converted to x/y; 6 numbers drop the heights. */
    private static double[] bbox(String value, SupportedCrs bboxCrs) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",");
        if (parts.length != 4 && parts.length != 6) {
            throw new InvalidParameterException("bbox", "bbox takes 4 numbers (or 6 with heights), comma-separated, not '" + value + "'");
        }
        List<Double> numbers = new ArrayList<>();
        for (String part : parts) {
            try {
                double d = Double.parseDouble(part.trim());
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException();
                }
                numbers.add(d);
            } catch (NumberFormatException e) {
                throw new InvalidParameterException("bbox", "'" + part.trim() + "' in bbox is not a number");
            }
        }
        double[] b = parts.length == 4
                ? new double[] {numbers.get(0), numbers.get(1), numbers.get(2), numbers.get(3)}
                : new double[] {numbers.get(0), numbers.get(1), numbers.get(3), numbers.get(4)};
        if (bboxCrs.latitudeFirst()) {
            // In the CRS's own axis order, as OGC API – Features Part 2 says: EPSG:4326 and
            // EPSG:4756 boxes are south, west, north, east. Turned to x/y here.
            b = new double[] {b[1], b[0], b[3], b[2]};
        }
        boolean geographic = bboxCrs.extent() == SupportedCrs.Extent.DEGREES;
        if (!bboxCrs.extent().contains(b[0], b[1]) || !bboxCrs.extent().contains(b[2], b[3])) {
            SupportedCrs.Extent e = bboxCrs.extent();
            throw new InvalidParameterException("bbox", geographic
                    ? "bbox " + value + " is outside the range of longitude (±180) and latitude (±90)"
                    + (bboxCrs.latitudeFirst() ? "; this CRS is latitude first: south, west, north, east" : "")
                    : "bbox " + value + " is outside the extent where " + bboxCrs.uri() + " is usable: x from " + (long) e.minX() + " to "
                    + (long) e.maxX() + ", y from " + (long) e.minY() + " to " + (long) e.maxY());
        }
        if (b[1] > b[3]) {
            throw new InvalidParameterException("bbox", "the southern edge " + b[1] + " is north of the northern edge " + b[3]);
        }
        if (!geographic && b[0] > b[2]) {
            throw new InvalidParameterException("bbox", "bbox " + value + " has its minimum above its maximum");
        }
        return b;
    }

    /** The same query answered in WGS 84 longitude/latitude (what schema.org's GeoCoordinates are). */
    public ItemsQuery inWgs84() {
        return new ItemsQuery(bbox, bboxCrs, SupportedCrs.CRS84, limit, offset, after, time, filters, language, f, text, textMatches);
    }

    /** Whether the box crosses the antimeridian (west edge east of the east edge, in degrees). */
    public boolean crossesAntimeridian() {
        return bbox != null && bbox[0] > bbox[2];
    }
}
