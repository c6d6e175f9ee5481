package org.geoparks.catalogue.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where the index's documents come from: the one seam between the index, which knows nothing of
 * layers, and the knowledge of each layer's fields. {@link SearchDocuments} derives them from
 * the layers' field declarations.
 */
interface SearchDocumentSource {

    /** Every searchable document of the catalogue, streamed to {@code sink}. */
    void readAll(Consumer<SearchDocument> sink);

    /**
     * The documents of these catalogue records (the owners of documents), as they are now. A
     * record without documents — deleted, or not searchable — maps to an empty list.
     */
    Map<RecordRef, List<SearchDocument>> read(Collection<RecordRef> owners);

    /**
     * The records whose documents a change to these records can alter without naming them (a
     * place made protected moves the signs and hazards beside it).
     */
    java.util.Set<RecordRef> dependentsOf(Collection<RecordRef> changed);

    /** Whether a change to this kind of record (a change log's entity type) can change documents. */
    boolean follows(String entityType);
}
