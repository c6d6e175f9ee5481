package org.geoparks.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/searchindex}, for administrators: the state of this instance's search index
 * (GET) and a rebuild from the catalogue without a restart (POST), during which the current index
 * keeps answering. A rebuild repairs nothing the change log would not; it is there for a
 * suspected index, and it measures what a rebuild costs in a running service, apart from the
 * JIT compilation that a rebuild at start-up shares the cores with (docs/search.md).
 */
@Component
@Endpoint(id = "searchindex")
class SearchIndexEndpoint {

    private final SearchIndexer indexer;

    SearchIndexEndpoint(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    @ReadOperation
    Map<String, Object> state() {
        Map<String, Object> out = new LinkedHashMap<>();
        var index = indexer.ready();
        out.put("ready", index.isPresent());
        out.put("startedBy", indexer.started().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (index.isPresent()) {
            try {
                out.put("documents", index.get().size());
                out.put("segments", index.get().segments());
            } catch (IOException e) {
                throw new UncheckedIOException("the search index could not be read", e);
            }
            out.put("changeLogPosition", String.valueOf(indexer.position()));
        }
        indexer.lastRebuild().ifPresent(r -> out.put("lastRebuild", r));
        return out;
    }

    @WriteOperation
    SearchIndexer.Rebuild rebuild() throws IOException, InterruptedException {
        try {
            return indexer.rebuildNow();
        } catch (IllegalStateException notReady) {
            throw new SearchUnavailableException(notReady.getMessage());
        }
    }
}
