package org.geoparks.catalogue.ogc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
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

    /** What a page held: how many features, whether more follow, and the last id (for keyset paging). */
    record PageResult(int returned, boolean more, String lastId) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final CollectionVersions versions;
    private final Cache<String, Long> counts = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(10)).build();

    FeatureQueries(DataSource dataSource, PlatformTransactionManager transactions, CollectionVersions versions) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(1000);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.versions = versions;
    }

    /** numberMatched, cached per collection version: counting is the costly part of deep paging. */
    long count(OgcCollection c, ItemsQuery q, AccessScope scope, String filterKey) {
        String key = c.id() + "|" + versions.of(c) + "|" + filterKey;
        return counts.get(key, k -> {
            ItemsSql sql = ItemsSql.items(c, q, scope);
            Long n = jdbc.queryForObject(sql.count, sql.params, Long.class);
            return n == null ? 0 : n;
        });
    }

    PageResult page(OgcCollection c, ItemsQuery q, AccessScope scope, FeatureSink sink) {
        ItemsSql sql = ItemsSql.items(c, q, scope);
        return readOnly.execute(status -> {
            int[] returned = {0};
            boolean[] more = {false};
            String[] last = {null};
            jdbc.query(sql.select, sql.params, rs -> {
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
            return new PageResult(returned[0], more[0], last[0]);
        });
    }

    Optional<String> feature(OgcCollection c, String id, SupportedCrs crs, LanguageSql language, AccessScope scope) {
        ItemsSql sql = ItemsSql.feature(c, id, crs, language, scope);
        return jdbc.query(sql.select, sql.params, rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.empty());
    }
}
