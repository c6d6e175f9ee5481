package org.geoparks.catalogue.provenance;

/** A draft to import and the key (dataset, id in it) that makes importing it again idempotent. */
public record KeyedDraft<D>(ImportKey key, D draft) {
}
