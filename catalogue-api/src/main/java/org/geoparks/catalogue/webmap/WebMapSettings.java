package org.geoparks.catalogue.webmap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web map ({@code catalogue.web-map.*} in application.yaml).
 *
 * @param baseTiles       a raster tile URL template ({@code https://tiles.example.org/{z}/{x}/{y}.png}); empty: no
 *                        base map, the page draws the catalogue's own layers on a plain background
 * @param baseAttribution what the tiles' licence asks the map to say (shown in the map's corner)
 * @param baseMaxZoom     the deepest zoom the tile server has
 */
@ConfigurationProperties("catalogue.web-map")
record WebMapSettings(
        @DefaultValue("") String baseTiles,
        @DefaultValue("") String baseAttribution,
        @DefaultValue("18") int baseMaxZoom) {

    WebMapSettings {
        baseTiles = baseTiles == null ? "" : baseTiles.strip();
        baseAttribution = baseAttribution == null ? "" : baseAttribution.strip();
        if (!baseTiles.isEmpty() && !(baseTiles.startsWith("https://") || baseTiles.startsWith("/"))) {
            // the pages' Content-Security-Policy lets images come from the service itself or over HTTPS only
            throw new IllegalArgumentException("catalogue.web-map.base-tiles must be an https:// URL or a path on this service, not '" + baseTiles + "'");
        }
        if (!baseTiles.isEmpty() && !(baseTiles.contains("{z}") && baseTiles.contains("{x}") && baseTiles.contains("{y}"))) {
            throw new IllegalArgumentException("catalogue.web-map.base-tiles must contain {z}, {x} and {y}: '" + baseTiles + "'");
        }
        if (baseMaxZoom < 1 || baseMaxZoom > 22) {
            throw new IllegalArgumentException("catalogue.web-map.base-max-zoom must be 1–22, not " + baseMaxZoom);
        }
    }
}
