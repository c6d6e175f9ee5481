package org.geoparks.catalogue.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void aChangeCommittedWhileALongImportRunsIsReadAtOnceAndTheImportWhenItCommits() throws Exception {
        ChangePosition position = log.now();
        OpenTransaction importing = OpenTransaction.appending(this, "imported-1", "imported-2");
        OpenTransaction.appending(this, "edited-by-a-manager").commit();

        List<Change> first = new ArrayList<>();
        position = log.read(position, 100, first::addAll);
        assertThat(first).extracting(Change::entityId).containsExactly("edited-by-a-manager");
        assertThat(position.running()).as("the import is remembered until it ends").isNotEmpty();

        importing.commit();
        List<Change> second = new ArrayList<>();
        position = log.read(position, 100, second::addAll);
        assertThat(second).extracting(Change::entityId).containsExactly("imported-1", "imported-2");
        assertThat(log.readAll(position)).isEmpty();
    }

    @Test
    void nothingIsLostWhenTwoTransactionsCommitOutOfOrder() throws Exception {
        ChangePosition position = log.now();
        OpenTransaction early = OpenTransaction.appending(this, "early-starter"); // takes the smaller sequence number
        OpenTransaction quick = OpenTransaction.appending(this, "quick-committer"); // takes the larger one
        quick.commit();                                                             // ... and commits first

        List<Change> first = log.readAll(position);
        assertThat(first).extracting(Change::entityId).containsExactly("quick-committer");
        position = log.read(position, 100, batch -> { });

        early.commit();
        List<Change> second = log.readAll(position);
        assertThat(second).extracting(Change::entityId).containsExactly("early-starter");
        assertThat(second.get(0).seq()).as("committed late with the smaller number").isLessThan(first.get(0).seq());
        position = log.read(position, 100, batch -> { });
        assertThat(log.readAll(position)).as("and never read twice").isEmpty();
    }

    @Test
    void aRolledBackChangeNeverAppears() throws Exception {
        ChangePosition position = log.now();
        OpenTransaction doomed = OpenTransaction.appending(this, "rolled-back");
        OpenTransaction kept = OpenTransaction.appending(this, "kept");
        doomed.rollback();
        kept.commit();

        List<Change> read = new ArrayList<>();
        position = log.read(position, 100, read::addAll);
        assertThat(read).extracting(Change::entityId).containsExactly("kept");
        assertThat(position.running()).isEmpty();
    }

    @Test
    void aLargeReadComesInBatchesInTransactionOrder() throws Exception {
        ChangePosition position = log.now();
        for (int i = 0; i < 5; i++) {
            OpenTransaction.appending(this, "place-" + i).commit();
        }
        List<List<String>> batches = new ArrayList<>();
        log.read(position, 2, batch -> batches.add(batch.stream().map(Change::entityId).toList()));
        assertThat(batches).containsExactly(List.of("place-0", "place-1"), List.of("place-2", "place-3"), List.of("place-4"));
    }

    @Test
    void whenTheReaderFailsItsPositionStaysAndTheChangesComeAgain() throws Exception {
        ChangePosition position = log.now();
        OpenTransaction.appending(this, "place-1").commit();
        ChangePosition before = position;
        assertThatThrownBy(() -> log.read(before, 100, batch -> {
            throw new IllegalStateException("index full");
        })).hasMessageContaining("index full");
        assertThat(log.readAll(position)).extracting(Change::entityId).containsExactly("place-1");
    }

    @Test
    void nowSkipsWhatIsCommittedButNotWhatStillRuns() throws Exception {
        OpenTransaction.appending(this, "before").commit();
        OpenTransaction running = OpenTransaction.appending(this, "running");
        ChangePosition now = log.now();
        OpenTransaction.appending(this, "after").commit();
        running.commit();

        assertThat(log.readAll(now)).extracting(Change::entityId).containsExactlyInAnyOrder("running", "after");
    }

    @Test
    void aPositionSurvivesAsText() {
        ChangePosition now = log.now();
        assertThat(ChangePosition.parse(now.toString())).isEqualTo(now);
    }

    /** A transaction on its own thread that has appended to the log and waits to be ended. */
    private static final class OpenTransaction {
        private final CountDownLatch appended = new CountDownLatch(1);
        private final CountDownLatch decided = new CountDownLatch(1);
        private volatile boolean commit;
        private CompletableFuture<Void> done;

        static OpenTransaction appending(ChangeLogIT test, String... entityIds) throws InterruptedException {
            OpenTransaction tx = new OpenTransaction();
            test.open.add(tx);
            tx.done = CompletableFuture.runAsync(() -> test.transactions.executeWithoutResult(status -> {
                for (String id : entityIds) {
                    test.log.append("place", id, ChangeOperation.UPDATE, "non-nuoc-cao-bang");
                }
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
