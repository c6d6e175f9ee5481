package org.geoparks.catalogue.layer;

/** A draft and the id of the source record it was read from (one source record may give several drafts). */
public record SourcedDraft<D>(String externalId, D draft) {
}
