package org.geoparks.catalogue.mapquery;

import com.github.benmanes.caffeine.cache.Cache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.geoparks.catalogue.account.ParkScope;
import org.geoparks.catalogue.collection.Collection;
import org.geoparks.catalogue.collection.CollectionVersions;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.system.CatalogueCaches;
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
public class FeatureQueries {

    /** Receives features one by one, as PostGIS wrote them. */
    public interface FeatureSink {
        void feature(String json, String id) throws IOException;
    }

    /**
     * What a page held: how many features, whether more follow, the last id (for keyset paging)
     * and how many features match in all.
     */
    public record PageResult(int returned, boolean more, String lastId, long matched) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final CollectionVersions versions;
    private final BboxIndex bboxIndex;
    private final Cache<String, Long> counts;
    /** Features' JSON by collection version, language, CRS, audience and id. */
    private final Cache<String, String> rendered;

    FeatureQueries(DataSource dataSource, PlatformTransactionManager transactions, CollectionVersions versions, BboxIndex bboxIndex,
                   CatalogueCaches caches) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(1000);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.versions = versions;
        this.bboxIndex = bboxIndex;
        this.counts = caches.counts();
        this.rendered = caches.renderedFeatures();
    }

    /**
     * One page, streamed to the sink. numberMatched comes from the cache when this filter was
     * counted at this collection version, else from the same scan as the page (a window count),
     * else — a page past the end — from a count query. A plain bbox query takes its ids and count
     * from the {@link BboxIndex} instead, and PostGIS only writes those features.
     */
    public PageResult page(Collection c, ItemsQuery q, ParkScope scope, String filterKey, FeatureSink sink) {
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
    private PageResult page(Collection c, ItemsQuery q, ParkScope scope, BboxIndex.Selection selection, FeatureSink sink) {
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

    /** One feature's GeoJSON, as the caller may see it; empty when there is none with that id. */
    public Optional<String> feature(Collection c, String id, SupportedCrs crs, LanguagePreference language, ParkScope scope) {
        ItemsSql sql = ItemsSql.feature(c, id, crs, language, scope);
        return jdbc.query(sql.select, sql.params, rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.empty());
    }
}
