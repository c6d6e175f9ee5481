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
        String f) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 10_000;
    public static final Set<String> COMMON = Set.of("f", "lang", "limit", "offset", "after", "bbox", "bbox-crs", "crs", "datetime");

    public static ItemsQuery parse(Collection collection, MultiValueMap<String, String> params, String acceptLanguage, Instant now) {
        Set<String> allowed = new TreeSet<>(COMMON);
        allowed.addAll(collection.filters().keySet());
        for (String name : params.keySet()) {
            if (!allowed.contains(name)) {
                throw new InvalidParameterException(name, "unknown query parameter '" + name + "'; collection '" + collection.id()
                        + "' accepts " + String.join(", ", allowed));
            }
            if (params.get(name).size() > 1) {
                throw new InvalidParameterException(name, "the parameter '" + name + "' is given more than once");
            }
        }
        int limit = integer(params.getFirst("limit"), "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        long offset = integer(params.getFirst("offset"), "offset", 0, 0, Integer.MAX_VALUE);
        SupportedCrs crs = crs(params.getFirst("crs"), "crs");
        SupportedCrs bboxCrs = crs(params.getFirst("bbox-crs"), "bbox-crs");
        double[] bbox = bbox(params.getFirst("bbox"), bboxCrs);
        if (bbox == null && params.getFirst("bbox-crs") != null) {
            throw new InvalidParameterException("bbox-crs", "bbox-crs needs a bbox");
        }
        TimeFilter time = params.getFirst("datetime") != null ? TimeFilter.parse(params.getFirst("datetime"))
                : collection.timeBound() ? TimeFilter.at(now) : null;
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
        return new ItemsQuery(bbox, bboxCrs, crs, limit, offset, after, time, filters, language, params.getFirst("f"));
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
            throw new InvalidParameterException(name, name + " must be a whole number between " + min + " and " + max + ", not '" + value + "'");
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
            // The CRS's own order is latitude first. Many clients send longitude first anyway; a box
            // that cannot be latitude-first (a "latitude" beyond ±90) but is valid longitude-first
            // is read that way rather than refused.
            boolean validAsLatitudeFirst = Math.abs(b[0]) <= 90 && Math.abs(b[2]) <= 90;
            boolean validAsLongitudeFirst = Math.abs(b[1]) <= 90 && Math.abs(b[3]) <= 90;
            if (validAsLatitudeFirst || !validAsLongitudeFirst) {
                b = new double[] {b[1], b[0], b[3], b[2]};
            }
        }
        if (bboxCrs.srid() == 4326 || bboxCrs.srid() == 4756) {
            if (b[1] > b[3]) {
                throw new InvalidParameterException("bbox", "the southern edge " + b[1] + " is north of the northern edge " + b[3]);
            }
            if (Math.abs(b[1]) > 90 || Math.abs(b[3]) > 90 || Math.abs(b[0]) > 180 || Math.abs(b[2]) > 180) {
                throw new InvalidParameterException("bbox", "bbox " + value + " is outside the range of longitude (±180) and latitude (±90)"
                        + (bboxCrs.latitudeFirst() ? " (this CRS is latitude first)" : ""));
            }
        } else if (b[0] > b[2] || b[1] > b[3]) {
            throw new InvalidParameterException("bbox", "bbox " + value + " has its minimum above its maximum");
        }
        return b;
    }

    /** Whether the box crosses the antimeridian (west edge east of the east edge, in degrees). */
    public boolean crossesAntimeridian() {
        return bbox != null && bbox[0] > bbox[2];
    }
}
