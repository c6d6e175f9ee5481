package org.geoparks.catalogue.mapquery;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.geoparks.catalogue.changelog.CatalogueChanged;
import org.geoparks.catalogue.collection.Collection;
import org.geoparks.catalogue.collection.CollectionVersions;
import org.geoparks.catalogue.collection.Collections;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.hprtree.HPRtree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The public bounding box of every feature of a collection, in memory, in id order: a bbox page's
 * matches are found, counted and the page's ids chosen here, and PostGIS only writes the JSON of
 * those ids. Without it every uncached bbox request scans, rechecks and sorts all the features in
 * the box in PostGIS just to return a hundred of them and their count. The boxes sit in a
 * Hilbert-packed R-tree (JTS {@link HPRtree}): flat arrays, fast to query, built once per version.
 *
 * <p>A snapshot belongs to one {@link CollectionVersions version} of its collection: when the change
 * log moves the version on, the snapshot is rebuilt in the background (and by the next bbox
 * request if that comes first; one build at a time, the other requests meanwhile take the SQL
 * path), so answers are exactly as fresh as the cached pages. The service indexes every collection
 * in the background once it is up, so that no map request waits for a build. Queries the
 * index cannot answer exactly — other filters, time-bound collections, boxes in a CRS other than
 * WGS 84 — take the SQL path. Boxes are tested exactly: a point matches when it lies in the box
 * (edges included, as {@code ST_Intersects} says); a line or polygon whose box lies inside the
 * query box matches; one that only overlaps the box's edge is decided by PostGIS.
 */
@Component
class BboxIndex {

    private static final Logger log = LoggerFactory.getLogger(BboxIndex.class);

    /** Larger collections stay with the SQL path: the snapshot would cost more memory than it saves. */
    static final int MAX_FEATURES = 2_000_000;

    /** What a bbox page is made of: its ids in order, whether more follow, and the count of all matches. */
    record Selection(List<String> ids, boolean more, long matched) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CollectionVersions versions;
    private final Collections collections;
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final Set<String> building = ConcurrentHashMap.newKeySet();
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    /** One background builder: builds compete with requests for the same two cores, so never more. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("bbox-index").factory());

    BboxIndex(NamedParameterJdbcTemplate jdbc, CollectionVersions versions, Collections collections) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.collections = collections;
    }

    /** Once the service accepts requests, index every collection the index can serve. */
    @EventListener(WebServerInitializedEvent.class)
    void indexEverything() {
        collections.all().stream().filter(c -> !c.timeBound()).forEach(this::rebuildInBackground);
    }

    /** After the versions moved (they listen first), rebuild what the changes touched. */
    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(CatalogueChanged changed) {
        Set<String> types = changed.entityTypes();
        collections.all().stream()
                .filter(c -> snapshots.containsKey(c.id()) && c.entityTypes().stream().anyMatch(types::contains))
                .forEach(this::rebuildInBackground);
    }

    /** Asks for a build; a collection already waiting for one is not queued twice (an import sends many changes). */
    private void rebuildInBackground(Collection c) {
        if (!waiting.add(c.id())) {
            return;
        }
        background.execute(() -> {
            waiting.remove(c.id()); // changes from now on ask again; this build reads the version as it is now
            try {
                current(c);
            } catch (RuntimeException e) {
                // requests build it themselves, or take the SQL path, when this fails
                log.warn("Could not index the boxes of collection '{}': {}", c.id(), e.getMessage());
            }
        });
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Whether this query is a plain bbox query the index answers exactly. */
    static boolean answers(Collection c, ItemsQuery q) {
        return q.bbox() != null && q.filters().isEmpty() && q.textMatches() == null && !c.timeBound() && q.bboxCrs().srid() == 4326;
    }

    /** The page's ids and the count, or empty when the SQL path must answer (see {@link #answers}). */
    Optional<Selection> select(Collection c, ItemsQuery q) {
        if (!answers(c, q)) {
            return Optional.empty();
        }
        Snapshot snapshot = current(c);
        if (snapshot == null || (q.after() != null && !snapshot.javaOrdered)) {
            return Optional.empty();
        }
        int[] matches = matches(c, q, snapshot);
        int first;
        if (q.after() != null) {
            int at = Arrays.binarySearch(snapshot.ids, q.after());
            int start = at >= 0 ? at + 1 : -at - 1;
            int skipped = 0;
            while (skipped < matches.length && matches[skipped] < start) {
                skipped++;
            }
            first = skipped;
        } else {
            first = (int) Math.min(matches.length, q.offset());
        }
        int end = (int) Math.min(matches.length, (long) first + q.limit());
        List<String> ids = new ArrayList<>(end - first);
        for (int i = first; i < end; i++) {
            ids.add(snapshot.ids[matches[i]]);
        }
        return Optional.of(new Selection(ids, end < matches.length, matches.length));
    }

    /** The ordinals of the matching features, ascending (that is, in id order). */
    private int[] matches(Collection c, ItemsQuery q, Snapshot snapshot) {
        double[] b = q.bbox();
        List<Envelope> boxes = q.crossesAntimeridian()
                ? List.of(new Envelope(b[0], 180, b[1], b[3]), new Envelope(-180, b[2], b[1], b[3]))
                : List.of(new Envelope(b[0], b[2], b[1], b[3]));
        Ordinals found = new Ordinals();
        List<String> undecided = new ArrayList<>();
        for (Envelope box : boxes) {
            snapshot.tree.query(box, item -> {
                // The tree visits only items whose box meets the query box: for a point, that is the answer.
                if (item instanceof Integer point) {
                    found.add(point);
                } else if (item instanceof Shape shape) {
                    if (box.contains(shape.box())) {
                        found.add(shape.ordinal());
                    } else {
                        undecided.add(snapshot.ids[shape.ordinal()]);
                    }
                }
            });
        }
        if (!undecided.isEmpty()) {
            ItemsSql sql = ItemsSql.matchingIds(c, q, undecided);
            for (String id : jdbc.queryForList(sql.select, sql.params, String.class)) {
                int i = snapshot.ordinalOf(id);
                if (i >= 0) {
                    found.add(i);
                }
            }
        }
        return found.sortedDistinct();
    }

    /** A growing list of ordinals; a feature found through both halves of an antimeridian box counts once. */
    private static final class Ordinals {
        private int[] values = new int[256];
        private int size;

        void add(int ordinal) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = ordinal;
        }

        int[] sortedDistinct() {
            Arrays.sort(values, 0, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                if (distinct == 0 || values[distinct - 1] != values[i]) {
                    values[distinct++] = values[i];
                }
            }
            return Arrays.copyOf(values, distinct);
        }
    }

    /** Whether the collection's boxes are indexed at its current version, so that no request has to build them. */
    boolean isCurrent(Collection c) {
        Snapshot snapshot = snapshots.get(c.id());
        return snapshot != null && snapshot.version == versions.of(c);
    }

    /** The snapshot at the collection's current version; built now if this request is the first to need it. */
    private Snapshot current(Collection c) {
        long version = versions.of(c);
        Snapshot snapshot = snapshots.get(c.id());
        if (snapshot != null && snapshot.version == version) {
            return snapshot.tree == null ? null : snapshot;
        }
        if (!building.add(c.id())) {
            return null; // another request is building it; this one takes the SQL path
        }
        try {
            Snapshot built = build(c, version);
            snapshots.put(c.id(), built);
            return built.tree == null ? null : built;
        } finally {
            building.remove(c.id());
        }
    }

    private Snapshot build(Collection c, long version) {
        long started = System.nanoTime();
        String g = c.publicGeometry();
        String box = "Box3D(" + g + ")";
        String sql = "SELECT t.id, ST_XMin(" + box + "), ST_XMax(" + box + "), ST_YMin(" + box + "), ST_YMax(" + box + "), GeometryType("
                + g + ") = 'POINT' FROM " + c.relation() + " t WHERE " + g + " IS NOT NULL"
                + (c.condition() != null ? " AND " + c.condition() : "") + " ORDER BY t.id LIMIT " + (MAX_FEATURES + 1);
        List<String> ids = new ArrayList<>();
        List<Envelope> boxes = new ArrayList<>();
        List<Boolean> points = new ArrayList<>();
        jdbc.query(sql, new MapSqlParameterSource(), rs -> {
            ids.add(rs.getString(1));
            boxes.add(new Envelope(rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)));
            points.add(rs.getBoolean(6));
        });
        if (ids.size() > MAX_FEATURES) {
            log.info("Collection '{}' has more than {} features; its bbox queries stay with PostGIS", c.id(), MAX_FEATURES);
            return new Snapshot(version, null, null, false);
        }
        HPRtree tree = new HPRtree();
        for (int i = 0; i < boxes.size(); i++) {
            tree.insert(boxes.get(i), points.get(i) ? Integer.valueOf(i) : new Shape(i, boxes.get(i)));
        }
        tree.build();
        String[] idArray = ids.toArray(String[]::new);
        Snapshot snapshot = new Snapshot(version, idArray, tree, inJavaOrder(idArray));
        log.debug("Indexed the boxes of {} features of '{}' in {} ms", idArray.length, c.id(), (System.nanoTime() - started) / 1_000_000);
        return snapshot;
    }

    /**
     * Whether the database's id order is also Java's, so that a keyset cursor can be found by a
     * binary search. It is under the C collation the catalogue uses; if not, cursors take the SQL path.
     */
    private static boolean inJavaOrder(String[] ids) {
        for (int i = 1; i < ids.length; i++) {
            if (ids[i - 1].compareTo(ids[i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** A line or polygon in the tree: its ordinal and box (a point is just its ordinal). */
    private record Shape(int ordinal, Envelope box) {
    }

    /**
     * A collection's features at one version: ids in database order (an ordinal is an index into
     * them) and the tree of their boxes; {@code tree} is null when the collection is too large to index.
     */
    private record Snapshot(long version, String[] ids, HPRtree tree, boolean javaOrdered) {

        int ordinalOf(String id) {
            if (javaOrdered) {
                int at = Arrays.binarySearch(ids, id);
                return at >= 0 ? at : -1;
            }
            return Arrays.asList(ids).indexOf(id);
        }
    }
}
