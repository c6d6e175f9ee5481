package org.geoparks.catalogue.ogc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the map service's queries. Pages are read through a cursor inside a read-only transaction,
 * so that a 10,000-feature page flows from PostGIS to the client without being held in memory.
 */
@Component
class FeatureQueries {

    /** Receives features one by one, as PostGIS wrote them. */
    interface FeatureSink {
        void feature(String json, String id) throws IOException;
    }

    /**
     * What a page held: how many features, whether more follow, the last id (for keyset paging)
     * and how many features match in all.
     */
    record PageResult(int returned, boolean more, String lastId, long matched) {
    }

    private static final long RENDERED_BYTES = 128L * 1024 * 1024;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final CollectionVersions versions;
    private final BboxIndex bboxIndex;
    private final Cache<String, Long> counts = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(10)).build();
    /** Features' JSON by collection version, language, CRS, audience and id; bounded in bytes (two per char, to be safe). */
    private final Cache<String, String> rendered = Caffeine.newBuilder().maximumWeight(RENDERED_BYTES)
            .weigher((String key, String json) -> 2 * (key.length() + json.length()) + 64).build();

    FeatureQueries(DataSource dataSource, PlatformTransactionManager transactions, CollectionVersions versions, BboxIndex bboxIndex) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(1000);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.versions = versions;
        this.bboxIndex = bboxIndex;
    }

    /**
     * One page, streamed to the sink. numberMatched comes from the cache when this filter was
     * counted at this collection version, else from the same scan as the page (a window count),
     * else — a page past the end — from a count query. A plain bbox query takes its ids and count
     * from the {@link BboxIndex} instead, and PostGIS only writes those features.
     */
    PageResult page(OgcCollection c, ItemsQuery q, AccessScope scope, String filterKey, FeatureSink sink) {
        Optional<BboxIndex.Selection> selection = bboxIndex.select(c, q);
        if (selection.isPresent()) {
            return page(c, q, scope, selection.get(), sink);
        }
        String countKey = c.id() + "|" + versions.of(c) + "|" + filterKey;
        Long cached = counts.getIfPresent(countKey);
        ItemsSql sql = ItemsSql.items(c, q, scope, cached == null);
        PageResult result = readOnly.execute(status -> {
            int[] returned = {0};
            boolean[] more = {false};
            String[] last = {null};
            long[] matched = {-1};
            jdbc.query(sql.select, sql.params, rs -> {
                if (cached == null && matched[0] < 0) {
                    // with a keyset cursor the window counts what follows it; the offset says what came before
                    matched[0] = rs.getLong(3) + (q.after() != null ? q.offset() : 0);
                }
                if (returned[0] >= q.limit()) {
                    more[0] = true;
                    return;
                }
                String id = rs.getString(2);
                try {
                    sink.feature(rs.getString(1), id);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                returned[0]++;
                last[0] = id;
            });
            return new PageResult(returned[0], more[0], last[0], matched[0]);
        });
        long matched = cached != null ? cached : result.matched() >= 0 ? result.matched()
                : jdbc.queryForObject(sql.count, sql.params, Long.class);
        counts.put(countKey, matched);
        return new PageResult(result.returned(), result.more(), result.lastId(), matched);
    }

    /**
     * A page whose ids the {@link BboxIndex} chose. Each feature's JSON is asked of PostGIS once per
     * collection version, language, CRS and audience, and kept: a panning map asks for the same
     * features again and again in boxes that are never quite the same.
     */
    private PageResult page(OgcCollection c, ItemsQuery q, AccessScope scope, BboxIndex.Selection selection, FeatureSink sink) {
        String rendering = c.id() + "|" + versions.of(c) + "|" + q.language().chain() + "|" + q.crs() + "|" + scope.key() + "|";
        Map<String, String> json = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : selection.ids()) {
            String cached = rendered.getIfPresent(rendering + id);
            if (cached != null) {
                json.put(id, cached);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            ItemsSql sql = ItemsSql.features(c, q, scope, missing);
            jdbc.query(sql.select, sql.params, rs -> {
                String id = rs.getString(2);
                String feature = rs.getString(1);
                json.put(id, feature);
                rendered.put(rendering + id, feature);
            });
        }
        int returned = 0;
        String last = null;
        for (String id : selection.ids()) {
            String feature = json.get(id);
            if (feature == null) {
                continue; // deleted after the index was built; the next version's index will not have it
            }
            try {
                sink.feature(feature, id);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            returned++;
            last = id;
        }
        return new PageResult(returned, selection.more(), last, selection.matched());
    }

    Optional<String> feature(OgcCollection c, String id, SupportedCrs crs, LanguageSql language, AccessScope scope) {
        ItemsSql sql = ItemsSql.feature(c, id, crs, language, scope);
        return jdbc.query(sql.select, sql.params, rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.empty());
    }
}
