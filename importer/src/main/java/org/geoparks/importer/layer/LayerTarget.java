package org.geoparks.importer.layer;

import java.util.List;
import org.geoparks.importer.mapping.MappedRecord;

/**
 * One catalogue layer the importer writes to (parks, places, routes…): turns a mapped record into
 * the layer's draft and hands it to the catalogue's service, so that the service's rules, the
 * audit log and the change log apply to imports as to every other write.
 */
public interface LayerTarget {

    /** The layer's name in mappings, manifests and {@code --layer}: {@code places}. */
    String layer();

    /** Writes one source record; most layers write one catalogue record, narrations one per language. */
    List<WrittenRecord> write(MappedRecord record, ImportContext context);

    /**
     * Reads ahead what writing this batch will need (the records it may update), so that a bulk
     * import asks the database once per batch rather than once per record. Optional.
     */
    default void prefetch(List<MappedRecord> batch, ImportContext context) {
    }

    /** Whether records of this layer need a geometry. */
    default boolean needsGeometry() {
        return true;
    }
}
