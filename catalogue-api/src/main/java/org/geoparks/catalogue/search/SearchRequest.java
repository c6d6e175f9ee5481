package org.geoparks.catalogue.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.geoparks.catalogue.i18n.LanguagePreference;

/**
 * A search or suggestion as asked over HTTP, checked: every parameter in range, or a
 * {@link SearchRequestException} that says what to send instead. Never a 500 for bad input.
 *
 * @param q         the typed text, trimmed; empty lists what the filters select
 * @param language  the languages to answer in (lang, then Accept-Language)
 * @param near      where the visitor is: ranks nearer records higher, and the centre of radius
 * @param radiusM   only records whose public geometry lies within this many metres of near
 * @param bbox      only records whose public geometry meets this box
 */
record SearchRequest(String q, LanguagePreference language, Near near, Double radiusM, Box bbox, Set<String> kinds,
                     Set<String> layers, Set<String> parks, int limit, int offset, boolean byDistance) {

    static final int MAX_QUERY_CHARS = 256;
    static final int MAX_LIMIT = 100;
    static final int MAX_OFFSET = 1000;
    static final double MAX_RADIUS_M = 1_000_000;
    static final Set<String> SEARCH_PARAMETERS = Set.of("q", "lang", "near", "radius", "bbox", "kind", "layer", "park",
            "limit", "offset", "sort");
    static final Set<String> SUGGEST_PARAMETERS = Set.of("q", "lang", "near", "kind", "layer", "park", "limit");
    private static final Pattern PARK_ID = Pattern.compile("^[a-z0-9][a-z0-9-]{1,79}$");

    /** A position, latitude first as people say it. */
    record Near(double lat, double lon) {
    }

    /** West, south, east, north in degrees; west > east crosses the antimeridian. */
    record Box(double west, double south, double east, double north) {
    }

    static SearchRequest parse(Map<String, String> params, String acceptLanguage, boolean suggestion) {
        Set<String> allowed = suggestion ? SUGGEST_PARAMETERS : SEARCH_PARAMETERS;
        for (String name : params.keySet()) {
            if (!allowed.contains(name)) {
                throw new SearchRequestException(name, "unknown parameter '" + name + "'; this endpoint takes "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        String q = query(params.get("q"));
        String lang = params.get("lang");
        LanguagePreference language = lang == null || lang.isBlank() ? LanguagePreference.fromAcceptLanguage(acceptLanguage)
                : LanguagePreference.explicit(lang);
        Near near = near(params.get("near"));
        Double radius = radius(params.get("radius"), near);
        Box bbox = bbox(params.get("bbox"));
        Set<String> kinds = values("kind", params.get("kind"), SearchDocuments.KINDS);
        Set<String> layers = values("layer", params.get("layer"), SearchDocuments.LAYERS);
        Set<String> parks = parks(params.get("park"));
        int limit = integer("limit", params.get("limit"), suggestion ? 8 : 10, 1, suggestion ? 20 : MAX_LIMIT);
        int offset = integer("offset", params.get("offset"), 0, 0, MAX_OFFSET);
        String sort = params.getOrDefault("sort", "relevance").trim().toLowerCase(Locale.ROOT);
        if (!sort.equals("relevance") && !sort.equals("distance")) {
            throw new SearchRequestException("sort", "sort is relevance (the default) or distance, not '" + params.get("sort") + "'");
        }
        if (sort.equals("distance") && near == null) {
            throw new SearchRequestException("sort", "sort=distance needs near=lat,lon: the distance from where?");
        }
        return new SearchRequest(q, language, near, radius, bbox, kinds, layers, parks, limit, offset, sort.equals("distance"));
    }

    /** A request made in code (the map service's q=): no filters. */
    static SearchRequest of(String q, LanguagePreference language, int limit) {
        return new SearchRequest(query(q), language, null, null, null, Set.of(), Set.of(), Set.of(), limit, 0, false);
    }

    private static String query(String q) {
        if (q == null) {
            return "";
        }
        String trimmed = q.strip();
        if (trimmed.length() > MAX_QUERY_CHARS) {
            throw new SearchRequestException("q", "q is at most " + MAX_QUERY_CHARS + " characters; this one has "
                    + trimmed.length() + ". Search for a name, a few words or a number.");
        }
        if (trimmed.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && !Character.isWhitespace(c))) {
            throw new SearchRequestException("q", "q holds control characters; send the text as typed.");
        }
        return trimmed;
    }

    private static Near near(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        double[] n = numbers("near", value, 2, "near is latitude,longitude in degrees, e.g. near=22.85,106.72");
        if (Math.abs(n[0]) > 90) {
            String hint = Math.abs(n[1]) <= 90 ? " — did you send longitude first? near is latitude,longitude" : "";
            throw new SearchRequestException("near", "latitude " + n[0] + " is outside -90..90" + hint);
        }
        if (Math.abs(n[1]) > 180) {
            throw new SearchRequestException("near", "longitude " + n[1] + " is outside -180..180");
        }
        return new Near(n[0], n[1]);
    }

    private static Double radius(String value, Near near) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (near == null) {
            throw new SearchRequestException("radius", "radius needs near=lat,lon: a distance from where?");
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        double factor = 1;
        if (v.endsWith("km")) {
            factor = 1000;
            v = v.substring(0, v.length() - 2);
        } else if (v.endsWith("m")) {
            v = v.substring(0, v.length() - 1);
        }
        double metres;
        try {
            metres = Double.parseDouble(v.trim()) * factor;
        } catch (NumberFormatException e) {
            throw new SearchRequestException("radius", "radius is a distance in metres (5000) or kilometres (5km), not '" + value + "'");
        }
        if (!(metres > 0) || metres > MAX_RADIUS_M) {
            throw new SearchRequestException("radius", "radius must be more than 0 and at most 1000 km");
        }
        return metres;
    }

    private static Box bbox(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        double[] b = numbers("bbox", value, 4, "bbox is west,south,east,north in degrees, e.g. bbox=106.5,22.7,106.8,22.9");
        if (Math.abs(b[0]) > 180 || Math.abs(b[2]) > 180) {
            throw new SearchRequestException("bbox", "longitudes of bbox must lie in -180..180 (bbox is west,south,east,north)");
        }
        if (Math.abs(b[1]) > 90 || Math.abs(b[3]) > 90) {
            throw new SearchRequestException("bbox", "latitudes of bbox must lie in -90..90 (bbox is west,south,east,north)");
        }
        if (b[1] > b[3]) {
            throw new SearchRequestException("bbox", "the south of bbox (" + b[1] + ") is north of its north (" + b[3] + ")");
        }
        return new Box(b[0], b[1], b[2], b[3]);
    }

    private static double[] numbers(String parameter, String value, int count, String expected) {
        String[] parts = value.split(",", -1);
        if (parts.length != count) {
            throw new SearchRequestException(parameter, expected);
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new SearchRequestException(parameter, expected);
            }
            if (!Double.isFinite(out[i])) {
                throw new SearchRequestException(parameter, expected);
            }
        }
        return out;
    }

    private static Set<String> values(String parameter, String value, List<String> known) {
        Set<String> out = new LinkedHashSet<>();
        if (value == null || value.isBlank()) {
            return out;
        }
        for (String v : value.split(",")) {
            String t = v.trim();
            if (t.isEmpty()) {
                continue;
            }
            if (!known.contains(t)) {
                throw new SearchRequestException(parameter, "unknown " + parameter + " '" + t + "'; one or more of "
                        + String.join(", ", known));
            }
            out.add(t);
        }
        return out;
    }

    private static Set<String> parks(String value) {
        Set<String> out = new LinkedHashSet<>();
        if (value == null || value.isBlank()) {
            return out;
        }
        List<String> bad = new ArrayList<>();
        for (String v : value.split(",")) {
            String t = v.trim();
            if (t.isEmpty()) {
                continue;
            }
            if (!PARK_ID.matcher(t).matches()) {
                bad.add(t);
            }
            out.add(t);
        }
        if (!bad.isEmpty()) {
            throw new SearchRequestException("park", "not a park id: " + String.join(", ", bad) + " (e.g. park=non-nuoc-cao-bang,lang-son)");
        }
        return out;
    }

    private static int integer(String parameter, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new SearchRequestException(parameter, parameter + " must lie in " + min + ".." + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new SearchRequestException(parameter, parameter + " is a whole number in " + min + ".." + max + ", not '" + value + "'");
        }
    }
}
