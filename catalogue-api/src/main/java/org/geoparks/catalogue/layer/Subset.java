package org.geoparks.catalogue.layer;

import org.geoparks.catalogue.i18n.LocalizedText;

/**
 * A named part of a layer that maps offer on its own (the caves among the places, the hazards in
 * force now).
 *
 * @param condition  SQL over the layer's relation aliased {@code t}, or null
 * @param inForceNow only the records of a time-bound layer in force at the moment of the request
 *                   (when no datetime asks for another time)
 */
public record Subset(String id, LocalizedText title, LocalizedText description, String condition, boolean inForceNow) {

    public Subset(String id, LocalizedText title, LocalizedText description, String condition) {
        this(id, title, description, condition, false);
    }

    /** The records in force now. */
    public static Subset inForceNow(String id, LocalizedText title, LocalizedText description) {
        return new Subset(id, title, description, null, true);
    }
}
