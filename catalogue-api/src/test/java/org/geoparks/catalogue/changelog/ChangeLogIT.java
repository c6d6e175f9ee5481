package org.geoparks.catalogue.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.geoparks.catalogue.testing.PostgisExtension;
import org.geoparks.catalogue.testing.TestSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@ExtendWith(PostgisExtension.class)
class ChangeLogIT {

    private final JdbcTemplate jdbc;
    private final ChangeLog log;
    private final TransactionTemplate transactions;

    ChangeLogIT(TestSchema schema) {
        var dataSource = schema.dataSource();
        this.jdbc = new JdbcTemplate(dataSource);
        this.log = new ChangeLog(jdbc);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    private final List<OpenTransaction> open = new ArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeEach
    void emptyLog() {
        jdbc.update("DELETE FROM change_log");
    }

    @AfterEach
    void endWhatATestLeftOpen() throws Exception {
        for (OpenTransaction tx : open) {
            if (!tx.done.isDone()) {
                tx.rollback();
            }
        }
        threads.shutdownNow();
    }

    @Test
    void aReaderNeverSkipsAChangeWhoseTransactionCommitsLateWithASmallerSequenceNumber() throws Exception {
        ChangePosition start = log.horizon();

        OpenTransaction early = OpenTransaction.appending(this, "early-starter"); // takes the smaller sequence number
        OpenTransaction quick = OpenTransaction.appending(this, "quick-committer"); // takes the larger one
        quick.commit();                                                             // ... and commits first

        // A reader going by sequence numbers alone would now see the larger one, remember it and
        // later skip the smaller. This log holds it back while the older transaction runs.
        assertThat(log.readAfter(start, 100)).isEmpty();

        early.commit();
        List<Change> changes = log.readAfter(start, 100);
        assertThat(changes).extracting(Change::entityId).containsExactly("early-starter", "quick-committer");
        assertThat(changes.get(0).position().seq()).isLessThan(changes.get(1).position().seq());

        ChangePosition last = changes.get(changes.size() - 1).position();
        assertThat(log.readAfter(last, 100)).isEmpty();
    }

    @Test
    void aRolledBackChangeNeverAppearsAndDoesNotHoldTheLogBack() throws Exception {
        ChangePosition start = log.horizon();
        OpenTransaction doomed = OpenTransaction.appending(this, "rolled-back");
        OpenTransaction kept = OpenTransaction.appending(this, "kept");
        doomed.rollback();
        kept.commit();

        assertThat(log.readAfter(start, 100)).extracting(Change::entityId).containsExactly("kept");
    }

    @Test
    void readingResumesAfterTheLastPositionInBatches() throws Exception {
        ChangePosition position = log.horizon();
        for (int i = 0; i < 5; i++) {
            OpenTransaction.appending(this, "place-" + i).commit();
        }
        List<String> seen = new ArrayList<>();
        List<Change> batch;
        while (!(batch = log.readAfter(position, 2)).isEmpty()) {
            batch.forEach(c -> seen.add(c.entityId()));
            position = batch.get(batch.size() - 1).position();
        }
        assertThat(seen).containsExactly("place-0", "place-1", "place-2", "place-3", "place-4");
    }

    @Test
    void theHorizonIsAStartingPointThatSkipsOnlyWhatIsAlreadyFinal() throws Exception {
        OpenTransaction.appending(this, "before").commit();
        ChangePosition horizon = log.horizon();
        OpenTransaction.appending(this, "after").commit();

        assertThat(log.readAfter(horizon, 100)).extracting(Change::entityId).containsExactly("after");
    }

    /** A transaction on its own thread that has appended to the log and waits to be ended. */
    private static final class OpenTransaction {
        private final CountDownLatch appended = new CountDownLatch(1);
        private final CountDownLatch decided = new CountDownLatch(1);
        private volatile boolean commit;
        private CompletableFuture<Void> done;

        static OpenTransaction appending(ChangeLogIT test, String entityId) throws InterruptedException {
            OpenTransaction tx = new OpenTransaction();
            test.open.add(tx);
            tx.done = CompletableFuture.runAsync(() -> test.transactions.executeWithoutResult(status -> {
                test.log.append("place", entityId, ChangeOperation.UPDATE, "non-nuoc-cao-bang");
                tx.appended.countDown();
                try {
                    tx.decided.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (!tx.commit) {
                    status.setRollbackOnly();
                }
            }), test.threads);
            assertThat(tx.appended.await(10, TimeUnit.SECONDS)).as("the transaction appended").isTrue();
            return tx;
        }

        void commit() throws Exception {
            end(true);
        }

        void rollback() throws Exception {
            end(false);
        }

        private void end(boolean commitIt) throws Exception {
            commit = commitIt;
            decided.countDown();
            done.get(10, TimeUnit.SECONDS);
        }
    }
}
