package org.geoparks.catalogue.layer;

/**
 * The right a change to a field needs: content (names, descriptions, narrations) may be written by
 * a park's editors and managers; safety data (hazards, signs, a place's status and position, what
 * protects a site) only by its managers; some fields are never changed by an edit (the park a
 * record belongs to, what the catalogue keeps itself).
 */
public enum EditRight {
    CONTENT, SAFETY, NONE
}
