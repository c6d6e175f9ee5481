package org.geoparks.catalogue.changelog;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Published in every service instance when changes made by any instance become final in the
 * change log; the search index, caches and feeds listen to it.
 */
public record CatalogueChanged(List<Change> changes) {

    public Set<String> entityTypes() {
        return changes.stream().map(Change::entityType).collect(Collectors.toSet());
    }
}
