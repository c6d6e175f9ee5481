package org.geoparks.catalogue.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.geoparks.catalogue.hazard.HazardService;
import org.geoparks.catalogue.itinerary.RouteTestData;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.route.RouteService;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What several service instances do at once, played by threads of one: each instance reacts to
 * the same change-log entry, yet a notification is queued once; each claims due deliveries, yet
 * no delivery is claimed by two. (This instance posts nothing: deliveries stay for the test.)
 */
@PostgisTest
@SpringBootTest(properties = {"catalogue.webhooks.deliver=false", "catalogue.change-log.follow=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookInstancesIT {

    @Autowired
    Subscriptions subscriptions;
    @Autowired
    RouteWatch watch;
    @Autowired
    ParkService parks;
    @Autowired
    PlaceService places;
    @Autowired
    RouteService routes;
    @Autowired
    HazardService hazards;
    @Autowired
    JdbcTemplate jdbc;

    long subscription;

    @BeforeAll
    void aSubscription() {
        RouteTestData.load(parks, places, routes, hazards, jdbc);
        long account = jdbc.queryForObject("INSERT INTO account (username, display_name) VALUES ('many-tours', 'Many') RETURNING id", Long.class);
        subscription = subscriptions.create(account, "http://127.0.0.1:9/h", "whsec_test", List.of("walk-east"), List.of(), "en");
        watch.baseline(subscription);
    }

    @Test
    void instancesComparingTheSameRouteAtOnceQueueOneNotification() throws Exception {
        jdbc.update("UPDATE place SET status = 'closed', status_reason = '{\"en\": \"Flooded\"}' WHERE id = 't-b'");
        Subscriptions.Watched watched = subscriptions.watched(subscription, null).get(0);
        List<Boolean> queued = concurrently(4, () -> watch.compare(watched));
        assertThat(queued).containsOnlyOnce(true);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM webhook_delivery WHERE subscription_id = ? AND jsonb_exists(payload, 'changes')", Integer.class, subscription)).isEqualTo(1);
        assertThat(watch.compare(watched)).as("nothing new").isFalse();
    }

    @Test
    void instancesClaimingAtOnceNeverTakeTheSameDelivery() throws Exception {
        for (int i = 0; i < 60; i++) {
            subscriptions.queue(UUID.randomUUID().toString(), subscription, "walk-east", "{}");
        }
        List<List<Subscriptions.Due>> claimed = concurrently(3, () -> subscriptions.claim(25, Duration.ofMinutes(2)));
        List<String> ids = new ArrayList<>();
        claimed.forEach(batch -> batch.forEach(d -> ids.add(d.id())));
        Set<String> distinct = new HashSet<>(ids);
        assertThat(distinct).as("no delivery claimed twice").hasSameSizeAs(ids);
        assertThat(ids.size()).isGreaterThanOrEqualTo(50);
        assertThat(subscriptions.claim(100, Duration.ofMinutes(2))).as("claimed ones are leased").hasSizeLessThanOrEqualTo(61 - ids.size());
    }

    private static <T> List<T> concurrently(int threads, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
