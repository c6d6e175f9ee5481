package org.geoparks.catalogue.search;

import java.util.List;
import java.util.Map;

/** A page of hits, how many records matched in all, and the counts of each facet's values among them. */
record SearchResult(List<SearchHit> hits, long matched, Map<String, Map<String, Long>> facets) {
}
