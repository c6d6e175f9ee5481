package org.geoparks.catalogue.collection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.geoparks.catalogue.changelog.CatalogueChanged;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * How many changes each kind of record has seen since this instance started, kept by the change
 * log: a collection's cached pages, extents and counts are valid while its version stands still.
 */
@Component
public class CollectionVersions {

    private final Map<String, AtomicLong> byEntityType = new ConcurrentHashMap<>();

    /** First of the listeners: whatever reacts to a change must see the version it brought. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(CatalogueChanged changed) {
        changed.changes().forEach(c -> byEntityType.computeIfAbsent(c.entityType(), t -> new AtomicLong()).incrementAndGet());
    }

    public long of(Collection collection) {
        long version = 0;
        for (String type : collection.entityTypes()) {
            AtomicLong v = byEntityType.get(type);
            version = version * 31 + (v == null ? 0 : v.get());
        }
        return version;
    }
}
