package org.geoparks.catalogue.changelog;

import java.time.Instant;

/** One entry of the change log: a record that was created, updated or deleted, by transaction {@code txid}. */
public record Change(long txid, long seq, Instant at, String entityType, String entityId,
                     ChangeOperation operation, String parkId) {
}
