package org.geoparks.catalogue.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The sizes of the service's in-memory caches, set under {@code catalogue.caches} in
 * {@code application.yaml} (or the environment). Every cache of the service is one of these.
 *
 * @param pages            rendered pages of the map service (GeoJSON, HTML, JSON-LD) per collection version
 * @param renderedFeatures each feature's GeoJSON per collection version, language, CRS and audience
 * @param tiles            vector tiles per collection version
 * @param counts           how many features match a filter, per collection version (entries)
 * @param countsTtl        how long a count is kept at most
 */
@ConfigurationProperties("catalogue.caches")
public record CacheSettings(
        @DefaultValue("64MB") DataSize pages,
        @DefaultValue("128MB") DataSize renderedFeatures,
        @DefaultValue("128MB") DataSize tiles,
        @DefaultValue("10000") long counts,
        @DefaultValue("10m") Duration countsTtl) {
}
