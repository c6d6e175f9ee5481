package org.geoparks.catalogue.layer;

import org.geoparks.catalogue.i18n.LocalizedText;

/**
 * A named part of a layer that maps offer on its own (the caves among the places).
 *
 * @param condition SQL over the layer's relation aliased {@code t}
 */
public record Subset(String id, LocalizedText title, LocalizedText description, String condition) {
}
