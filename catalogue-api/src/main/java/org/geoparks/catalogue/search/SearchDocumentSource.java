package org.geoparks.catalogue.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where the index's documents come from: the one seam between the index, which knows nothing of
 * layers, and the knowledge of each layer's fields. Today {@link SearchDocuments} reads them
 * with SQL of its own; it can be replaced by a derivation from the layers' field declarations.
 */
interface SearchDocumentSource {

    /** Every searchable document of the catalogue, streamed to {@code sink}. */
    void readAll(Consumer<SearchDocument> sink);

    /**
     * The documents of these catalogue records (the owners of documents), as they are now. A
     * record without documents — deleted, or not searchable — maps to an empty list.
     */
    Map<RecordRef, List<SearchDocument>> read(Collection<RecordRef> owners);

    /** Whether a change to this kind of record (a change log's entity type) can change documents. */
    boolean follows(String entityType);
}
