package org.geoparks.catalogue.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.geoparks.catalogue.changelog.Change;
import org.geoparks.catalogue.changelog.ChangeLog;
import org.geoparks.catalogue.changelog.ChangePosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Keeps this instance's index in step with the catalogue. At start-up it opens the index (in a
 * temporary folder deleted at shutdown, or in {@code catalogue.search.index-dir}) and either catches up from the change-log
 * position stored in its last commit or, when there is none (a new or outdated index), rebuilds
 * it from PostgreSQL. Then, on a thread of its own, it reads the change log every
 * {@code catalogue.search.poll-interval}, rewrites the documents the changes touch (and those that
 * draw on them), makes them searchable and commits them with the new position.
 *
 * <p>It runs only in processes that follow the change log ({@code catalogue.change-log.follow},
 * off in the import command) and when {@code catalogue.search.enabled} is not false.
 */
@Component
class SearchIndexer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int BATCH = 1000;
    /** An idle index still commits its moving position now and then, so that a restart reads little. */
    private static final Duration IDLE_COMMIT = Duration.ofMinutes(1);

    private final ChangeLog changeLog;
    private final SearchDocumentSource source;
    private final SearchAnalysis analysis;
    private final DocumentMapping mapping;
    private final String indexDir;
    private final Duration pollInterval;
    private final boolean enabled;

    /** How the index got ready at start-up. */
    enum Start { NOT_YET, REBUILT, CAUGHT_UP }

    private volatile SearchIndex index;
    private volatile Start startedBy = Start.NOT_YET;
    private volatile boolean ready;
    private volatile ChangePosition position;
    private volatile Rebuild lastRebuild;
    private volatile long committedAt;
    private volatile boolean uncommitted;
    private volatile boolean running;
    private final java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();
    private ScheduledExecutorService thread;

    SearchIndexer(ChangeLog changeLog, SearchDocumentSource source, ObjectMapper json,
                  @Value("${catalogue.search.index-dir:}") String indexDir,
                  @Value("${catalogue.search.poll-interval:300ms}") Duration pollInterval,
                  @Value("${catalogue.search.chinese:bigram}") String chinese,
                  @Value("${catalogue.search.enabled:true}") boolean searchEnabled,
                  @Value("${catalogue.change-log.follow:true}") boolean follow) {
        this.changeLog = changeLog;
        this.source = source;
        this.analysis = new SearchAnalysis(ChineseAnalysis.of(chinese));
        this.mapping = new DocumentMapping(json);
        this.indexDir = indexDir == null ? "" : indexDir.trim();
        this.pollInterval = pollInterval;
        this.enabled = searchEnabled && follow;
    }

    SearchAnalysis analysis() {
        return analysis;
    }

    /** The index, once built or caught up. */
    Optional<SearchIndex> ready() {
        return ready ? Optional.of(index) : Optional.empty();
    }

    /** How many reads of the change log have completed since start-up. */
    long reads() {
        return reads.get();
    }

    Start started() {
        return startedBy;
    }

    /** The change-log position the searchable index reflects. */
    ChangePosition position() {
        return position;
    }

    @Override
    public boolean isAutoStartup() {
        return enabled;
    }

    @Override
    public void start() {
        running = true;
        thread = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("search-indexer").factory());
        thread.execute(this::open);
        thread.scheduleWithFixedDelay(this::follow, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.shutdown();
            try {
                if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                    thread.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        SearchIndex open = index;
        ready = false;
        index = null;
        if (open != null) {
            try {
                if (uncommitted && position != null) {
                    open.commit(position);
                }
                open.close();
            } catch (IOException e) {
                log.warn("Could not close the search index cleanly: {}; it will catch up from its last commit.", e.getMessage());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the database and the services, before the web server takes requests. */
    @Override
    public int getPhase() {
        return 0;
    }

    private void open() {
        long started = System.nanoTime();
        try {
            index = openIndex();
            Optional<ChangePosition> stored = index.storedPosition();
            if (stored.isPresent()) {
                position = stored.get();
                int applied = catchUp();
                startedBy = Start.CAUGHT_UP;
                log.info("Search index caught up from its stored position: {} record(s) rewritten in {} ms, {} documents.",
                        applied, (System.nanoTime() - started) / 1_000_000, index.size());
            } else {
                rebuild();
                startedBy = Start.REBUILT;
            }
            ready = true;
        } catch (IOException | RuntimeException e) {
            log.error("The search index could not be opened or built; search answers 503 until the next attempt.", e);
            closeQuietly();
        }
    }

    /** CPU time of the whole process: on a shared machine, what a rebuild costs, whatever else runs. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Milliseconds the JIT compilers have spent since start-up: at start-up they compete with a rebuild for the cores. */
    private static long compilingMillis() {
        var compilation = java.lang.management.ManagementFactory.getCompilationMXBean();
        return compilation != null && compilation.isCompilationTimeMonitoringSupported() ? compilation.getTotalCompilationTime() : 0;
    }

    /** What a rebuild took: for the log, the benchmark and administrators. */
    record Rebuild(int documents, int segments, long wallMillis, long cpuMillis, long compilingMillis, java.time.Instant finished) {
    }

    /** The last rebuild of this instance's index, if it was rebuilt since start-up. */
    Optional<Rebuild> lastRebuild() {
        return Optional.ofNullable(lastRebuild);
    }

    /** Rebuilds the whole index from the catalogue, on the indexer's thread (at start-up, or asked by {@link #rebuildNow}). */
    private Rebuild rebuild() throws IOException {
        long started = System.nanoTime();
        long cpuBefore = processCpuNanos();
        long compilingBefore = compilingMillis();
        ChangePosition from = changeLog.now(); // taken before the scan: what commits during it comes again from the log
        index.rebuild(source::readAll, from);
        index.refresh();
        position = from;
        committedAt = System.nanoTime();
        uncommitted = false;
        Rebuild done = new Rebuild(index.size(), index.segments(), (System.nanoTime() - started) / 1_000_000,
                (processCpuNanos() - cpuBefore) / 1_000_000, compilingMillis() - compilingBefore, java.time.Instant.now());
        lastRebuild = done;
        log.info("Search index built from the catalogue: {} documents in {} ms, {} ms of CPU, the JIT compiling for {} ms of it ({} Chinese analysis, {} segments).",
                done.documents(), done.wallMillis(), done.cpuMillis(), done.compilingMillis(),
                analysis.chinese().name().toLowerCase(java.util.Locale.ROOT), done.segments());
        return done;
    }

    /**
     * Rebuilds the ready index from the catalogue now, between two reads of the change log; the
     * current index answers until the new one is complete. A failed rebuild leaves the index
     * closed, to be opened again (and rebuilt) at the next read, as after a failed start.
     *
     * @throws IllegalStateException when the index is not ready (being built, or search is off)
     */
    Rebuild rebuildNow() throws IOException, InterruptedException {
        if (!ready || thread == null) {
            throw new IllegalStateException("The search index of this instance is not ready; it is being built or search is off.");
        }
        java.util.concurrent.Future<Rebuild> done = thread.submit(() -> {
            try {
                return rebuild();
            } catch (IOException | RuntimeException e) {
                log.error("Rebuilding the search index failed; it is opened again from the catalogue.", e);
                ready = false;
                closeQuietly();
                throw e;
            }
        });
        try {
            return done.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    private SearchIndex openIndex() throws IOException {
        if (indexDir.isEmpty()) {
            return new SearchIndex(EphemeralDirectory.create(), analysis, mapping);
        }
        Path dir = Path.of(indexDir);
        Files.createDirectories(dir);
        try {
            return new SearchIndex(FSDirectory.open(dir), analysis, mapping);
        } catch (IOException | RuntimeException unreadable) {
            // The index is derived data: one that cannot be read is rebuilt, never repaired.
            log.warn("The search index in {} cannot be read ({}); building a new one.", dir, unreadable.getMessage());
            FileSystemUtils.deleteRecursively(dir);
            Files.createDirectories(dir);
            return new SearchIndex(FSDirectory.open(dir), analysis, mapping);
        }
    }

    private void follow() {
        if (!ready) {
            if (index == null && running) {
                open(); // an earlier attempt failed: try again
            }
            return;
        }
        try {
            catchUp();
            reads.incrementAndGet();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not follow the change log into the search index ({}); trying again.", e.getMessage());
        }
    }

    /** Reads the change log from the current position and applies it; returns how many records were rewritten. */
    private int catchUp() throws IOException {
        int[] applied = {0};
        ChangePosition next = changeLog.read(position, BATCH, batch -> applied[0] += apply(batch));
        boolean moved = !next.equals(position);
        position = next;
        if (applied[0] > 0) {
            index.refresh();
            uncommitted = true;
        }
        if (uncommitted || (moved && System.nanoTime() - committedAt > IDLE_COMMIT.toNanos())) {
            index.commit(next);
            committedAt = System.nanoTime();
            uncommitted = false;
        }
        return applied[0];
    }

    private int apply(List<Change> changes) {
        Set<RecordRef> changed = new LinkedHashSet<>();
        for (Change c : changes) {
            if (source.follows(c.entityType())) {
                changed.add(new RecordRef(c.entityType(), c.entityId()));
            }
        }
        if (changed.isEmpty()) {
            return 0;
        }
        try {
            Set<RecordRef> all = new LinkedHashSet<>(changed);
            all.addAll(index.dependentsOf(changed));
            all.addAll(source.dependentsOf(changed));
            index.replace(source.read(all));
            return all.size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void closeQuietly() {
        SearchIndex open = index;
        index = null;
        if (open != null) {
            try {
                open.close();
            } catch (IOException | RuntimeException ignored) {
                // already failing; the next attempt opens it again
            }
        }
    }

    /** Drops uncommitted work and closes, as a crash would; for tests. */
    void crash() throws IOException {
        running = false;
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ready = false;
        SearchIndex open = index;
        index = null;
        open.abandon();
    }
}
