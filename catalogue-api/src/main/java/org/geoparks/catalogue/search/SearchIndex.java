package org.geoparks.catalogue.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.geoparks.catalogue.changelog.ChangePosition;

/**
 * The Lucene index of one service instance: a writer, near-real-time searchers, and the change-log
 * position the last commit reflects. The position is stored inside the commit (its user data), so
 * that after a crash the index and its position always belong together: the index reopens at
 * its last commit and catches up from the position in it (docs/decisions/0011-search-index.md).
 */
final class SearchIndex implements Closeable {

    /**
     * Changes whenever the mapping or the analysis changes: an index written by another version
     * is rebuilt rather than read with the wrong analysis.
     */
    static final String MAPPING_VERSION = "5";
    private static final String POSITION = "change-log-position";
    private static final String VERSION = "mapping-version";
    private static final String CHINESE = "chinese-analysis";

    private final Directory directory;
    private final SearchAnalysis analysis;
    private final DocumentMapping mapping;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    SearchIndex(Directory directory, SearchAnalysis analysis, DocumentMapping mapping) throws IOException {
        this.directory = directory;
        this.analysis = analysis;
        this.mapping = mapping;
        IndexWriterConfig config = new IndexWriterConfig(analysis.indexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(writeBufferMb())
                .setUseCompoundFile(false) // a handful of large segments: packing their files again is a copy for nothing
                .setCommitOnClose(false); // only commits that carry their position count
        config.setSimilarity(new BM25Similarity());
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new FacetedSearcher(reader);
            }
        });
    }

    /**
     * What the writer may hold in memory before it writes a segment: enough that a rebuild of a
     * few hundred thousand records writes one segment per indexing thread at the end (no
     * intermediate flushes, whose segments would also slow every search), never more than an
     * eighth of the heap.
     */
    private static double writeBufferMb() {
        return Math.max(32, Math.min(512, Runtime.getRuntime().maxMemory() / 8 / (1024 * 1024)));
    }

    /** A searcher with the facet state of its reader, made once per refresh. */
    static final class FacetedSearcher extends IndexSearcher {
        private final SortedSetDocValuesReaderState facets;

        FacetedSearcher(IndexReader reader) {
            super(reader);
            setSimilarity(new BM25Similarity());
            SortedSetDocValuesReaderState state;
            try {
                state = reader.maxDoc() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, new org.apache.lucene.facet.FacetsConfig());
            } catch (IllegalArgumentException | IOException noFacetsYet) {
                state = null;
            }
            this.facets = state;
        }

        /** Null while the index holds no facet values. */
        SortedSetDocValuesReaderState facets() {
            return facets;
        }
    }

    SearchAnalysis analysis() {
        return analysis;
    }

    /** The position of the last commit, when it was written with this mapping and this Chinese analysis. */
    Optional<ChangePosition> storedPosition() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Optional.empty();
        }
        Map<String, String> data = writer.getLiveCommitData() == null ? Map.of() : toMap(writer.getLiveCommitData());
        if (!MAPPING_VERSION.equals(data.get(VERSION)) || !analysis.chinese().name().equals(data.get(CHINESE))
                || data.get(POSITION) == null) {
            return Optional.empty();
        }
        return Optional.of(ChangePosition.parse(data.get(POSITION)));
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> entries) {
        Map<String, String> map = new java.util.HashMap<>();
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    /**
     * Replaces the whole index by what {@code source} gives, and commits it with {@code position}.
     * The source is read on the calling thread; documents are analysed and added by one thread
     * per core, since analysis, not reading, is what a rebuild spends its time on.
     */
    void rebuild(Consumer<Consumer<SearchDocument>> source, ChangePosition position) throws IOException {
        writer.deleteAll();
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        java.util.concurrent.BlockingQueue<SearchDocument> queue = new java.util.concurrent.ArrayBlockingQueue<>(2000);
        SearchDocument end = new SearchDocument("end", "end", new RecordRef("end", "end"), Set.of(), "", "", List.of(), null, null,
                org.geoparks.catalogue.i18n.LocalizedText.EMPTY, Map.of(), List.of(), List.of(), Set.of(), null, null, 0f);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers,
                Thread.ofPlatform().daemon().name("search-rebuild-", 0).factory());
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int i = 0; i < workers; i++) {
            done.add(pool.submit(() -> {
                for (SearchDocument d = queue.take(); d != end; d = queue.take()) {
                    writer.addDocument(mapping.toLucene(d));
                }
                // Each thread writes a segment of what it indexed, side by side: left to the
                // commit, all of them would be written one after the other by one thread.
                writer.flushNextBuffer();
                return null;
            }));
        }
        try {
            source.accept(d -> {
                try {
                    while (!queue.offer(d, 1, java.util.concurrent.TimeUnit.SECONDS)) {
                        failFast(done); // a worker that died would leave the queue full for ever
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while rebuilding the search index", e);
                }
            });
            for (int i = 0; i < workers; i++) {
                while (!queue.offer(end, 1, java.util.concurrent.TimeUnit.SECONDS)) {
                    failFast(done);
                }
            }
            for (var f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rebuilding the search index", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("could not index a document: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        commit(position);
    }

    private static void failFast(List<java.util.concurrent.Future<?>> workers) {
        for (var f : workers) {
            if (f.isDone()) {
                try {
                    f.get();
                } catch (Exception e) {
                    throw new IllegalStateException("a search indexing thread failed: " + e.getMessage(), e);
                }
                throw new IllegalStateException("a search indexing thread ended early");
            }
        }
    }

    /** Replaces the documents of each record by the given ones (none: the record left the index). Not yet visible. */
    void replace(Map<RecordRef, List<SearchDocument>> byOwner) throws IOException {
        for (Map.Entry<RecordRef, List<SearchDocument>> e : byOwner.entrySet()) {
            Term owner = new Term(SearchFields.OWNER, e.getKey().toString());
            if (e.getValue().isEmpty()) {
                writer.deleteDocuments(owner);
            } else {
                List<org.apache.lucene.document.Document> docs = new java.util.ArrayList<>();
                for (SearchDocument d : e.getValue()) {
                    docs.add(mapping.toLucene(d));
                }
                writer.updateDocuments(owner, docs);
            }
        }
    }

    /** The records whose documents draw on any of {@code records} (a sign on its place, a route on its stops). */
    Set<RecordRef> dependentsOf(Collection<RecordRef> records) throws IOException {
        Set<RecordRef> out = new HashSet<>();
        if (records.isEmpty()) {
            return out;
        }
        // The searcher as of the last refresh suffices: documents written since were read from the
        // database after these changes committed, so they already reflect them.
        IndexSearcher searcher = searchers.acquire();
        try {
            List<BytesRef> terms = records.stream().map(r -> new BytesRef(r.toString())).toList();
            var hits = searcher.search(new TermInSetQuery(SearchFields.REF, terms), Integer.MAX_VALUE);
            var stored = searcher.storedFields();
            for (var hit : hits.scoreDocs) {
                String key = stored.document(hit.doc, Set.of(SearchFields.KEY)).get(SearchFields.KEY);
                out.add(ownerOfKey(key));
            }
        } finally {
            searchers.release(searcher);
        }
        return out;
    }

    /** A document's owner from its key: products belong to their partner. */
    private static RecordRef ownerOfKey(String key) {
        int colon = key.indexOf(':');
        String layer = key.substring(0, colon);
        String id = key.substring(colon + 1);
        return switch (layer) {
            case "intangible-heritage" -> new RecordRef("intangible_heritage", id);
            case "product" -> new RecordRef("partner", id.substring(0, id.indexOf('/')));
            default -> new RecordRef(layer, id);
        };
    }

    /** Makes what was written durable, with the position it reflects. */
    void commit(ChangePosition position) throws IOException {
        writer.setLiveCommitData(Map.of(POSITION, position.toString(), VERSION, MAPPING_VERSION,
                CHINESE, analysis.chinese().name()).entrySet());
        writer.commit();
    }

    /** Makes what was written visible to searches. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    <T> T search(SearchFunction<T> work) throws IOException {
        FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    @FunctionalInterface
    interface SearchFunction<T> {
        T apply(FacetedSearcher searcher) throws IOException;
    }

    /** How many segments the index has, for the log: each one costs every search a little. */
    int segments() throws IOException {
        return search(s -> s.getIndexReader().leaves().size());
    }

    int size() throws IOException {
        return search(s -> s.getIndexReader().numDocs());
    }

    /** Drops what was not committed, as a crash would; for tests. */
    void abandon() throws IOException {
        searchers.close();
        writer.rollback();
        directory.close();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close(); // commitOnClose is off: what was not committed with a position is read again from the log
        directory.close();
    }
}
