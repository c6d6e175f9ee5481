package org.geoparks.catalogue.search;

import java.util.List;
import java.util.Map;

/**
 * One result: the record, the map feature that shows it ({@code collection}, {@code itemId}), its public geometry (GeoJSON, or null), how well it matched, in which
 * language, the words that matched (HTML-escaped, within {@code <mark>}), and its distance from
 * the visitor's position when one was given.
 */
record SearchHit(String layer, String id, String collection, String itemId, String kind, List<String> parks, String status,
                 Map<String, String> names, String geoJson, float score, String matchedLanguage, String snippet,
                 Double distanceM) {
}
