package org.geoparks.catalogue.provenance;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How a layer writes one draft: the record's id, the draft (whose JSON is its import fingerprint),
 * how to make an empty record, and how to copy the draft onto one.
 */
public record Upsert<E extends CatalogueRecord>(String id, Object draft, Supplier<E> create, Consumer<E> apply) {
}
