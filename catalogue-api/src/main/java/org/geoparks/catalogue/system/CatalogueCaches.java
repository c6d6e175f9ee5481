package org.geoparks.catalogue.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The one place where the service's caches are made, each with its size from {@link CacheSettings}.
 * They are Caffeine caches used directly on the hot paths; this also lists them for
 * {@code /actuator/caches} (as a {@link CacheManager}) and reports their hits, misses and sizes
 * as metrics ({@code cache.*} tagged with the cache's name).
 */
@Component
@EnableConfigurationProperties(CacheSettings.class)
public class CatalogueCaches implements CacheManager {

    public static final String PAGES = "map-pages";
    public static final String RENDERED_FEATURES = "rendered-features";
    public static final String TILES = "vector-tiles";
    public static final String COUNTS = "match-counts";

    private final CacheSettings settings;
    private final ObjectProvider<MeterRegistry> meters;
    private final Map<String, Cache<?, ?>> caches = new ConcurrentHashMap<>();

    CatalogueCaches(CacheSettings settings, ObjectProvider<MeterRegistry> meters) {
        this.settings = settings;
        this.meters = meters;
    }

    /** Rendered pages of the map service, weighed in bytes. */
    public <V> Cache<String, V> pages(ToIntFunction<V> bytes) {
        return weighed(PAGES, settings.pages(), bytes);
    }

    /** Each feature's GeoJSON text; a Java string weighs two bytes a character. */
    public Cache<String, String> renderedFeatures() {
        return weighed(RENDERED_FEATURES, settings.renderedFeatures(), json -> 2 * json.length() + 64);
    }

    /** Vector tiles, weighed in bytes. */
    public <V> Cache<String, V> tiles(ToIntFunction<V> bytes) {
        return weighed(TILES, settings.tiles(), bytes);
    }

    /** Counts of matching features. */
    public Cache<String, Long> counts() {
        return register(COUNTS, Caffeine.newBuilder().maximumSize(settings.counts()).expireAfterWrite(settings.countsTtl())
                .recordStats().build());
    }

    private <V> Cache<String, V> weighed(String name, DataSize size, ToIntFunction<V> bytes) {
        Cache<String, V> cache = Caffeine.newBuilder().maximumWeight(size.toBytes())
                .weigher((String key, V value) -> 2 * key.length() + bytes.applyAsInt(value))
                .recordStats().build();
        return register(name, cache);
    }

    private <K, V> Cache<K, V> register(String name, Cache<K, V> cache) {
        if (caches.putIfAbsent(name, cache) != null) {
            throw new IllegalStateException("the cache '" + name + "' is made twice");
        }
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null) {
            CaffeineCacheMetrics.monitor(registry, cache, name);
        }
        return cache;
    }

    @Override
    @SuppressWarnings("unchecked")
    public org.springframework.cache.Cache getCache(String name) {
        Cache<?, ?> cache = caches.get(name);
        return cache == null ? null : new CaffeineCache(name, (Cache<Object, Object>) cache, false);
    }

    @Override
    public Collection<String> getCacheNames() {
        return List.copyOf(caches.keySet());
    }
}
