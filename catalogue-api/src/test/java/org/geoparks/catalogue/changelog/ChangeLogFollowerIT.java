package org.geoparks.catalogue.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.geoparks.catalogue.CatalogueApplication;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the map's caches see: {@link CatalogueChanged} events of the running service, one poll
 * interval after a commit, even while a long import keeps its transaction open.
 */
@PostgisTest
@SpringBootTest(classes = {CatalogueApplication.class, ChangeLogFollowerIT.Seen.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ChangeLogFollowerIT {

    @Autowired
    ChangeLog changeLog;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Seen seen;

    @Test
    void anEditMadeWhileALongImportRunsReachesTheCachesWithinTwoSecondsAndTheImportWhenItCommits() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        CountDownLatch importWrote = new CountDownLatch(1);
        CountDownLatch importMayCommit = new CountDownLatch(1);
        var thread = Executors.newSingleThreadExecutor();
        try {
            Future<?> importing = thread.submit(() -> tx.executeWithoutResult(s -> {
                changeLog.append("place", "imported-while-editing", ChangeOperation.CREATE, "lang-son");
                importWrote.countDown();
                try {
                    importMayCommit.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(importWrote.await(10, TimeUnit.SECONDS)).isTrue();

            long committed = System.nanoTime();
            tx.executeWithoutResult(s -> changeLog.append("hazard", "edited-during-import", ChangeOperation.UPDATE, "lang-son"));
            Duration delay = seen.await("edited-during-import", Duration.ofSeconds(5)).minusNanos(committed);
            assertThat(delay).as("from commit to CatalogueChanged").isLessThan(Duration.ofSeconds(2));
            assertThat(seen.at).doesNotContainKey("imported-while-editing");

            importMayCommit.countDown();
            importing.get(10, TimeUnit.SECONDS);
            seen.await("imported-while-editing", Duration.ofSeconds(5));
        } finally {
            importMayCommit.countDown();
            thread.shutdownNow();
        }
    }

    @TestConfiguration
    static class Seen {
        final Map<String, Long> at = new ConcurrentHashMap<>();

        @EventListener
        void on(CatalogueChanged changed) {
            long now = System.nanoTime();
            changed.changes().forEach(c -> at.putIfAbsent(c.entityId(), now));
        }

        /** When the change was published, as System.nanoTime(); fails after {@code timeout}. */
        Duration await(String entityId, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                Long t = at.get(entityId);
                if (t != null) {
                    return Duration.ofNanos(t);
                }
                Thread.sleep(20);
            }
            throw new AssertionError(entityId + " was not published within " + timeout + "; seen: " + List.copyOf(at.keySet()));
        }
    }
}
