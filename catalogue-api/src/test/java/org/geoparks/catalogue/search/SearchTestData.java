package org.geoparks.catalogue.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The search tests' catalogue ({@code search/records.sql}) and waiting for an index to catch up. */
final class SearchTestData {

    private SearchTestData() {
    }

    static void load(DataSource dataSource) {
        try (InputStream in = SearchTestData.class.getResourceAsStream("/search/records.sql")) {
            new JdbcTemplate(dataSource).execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code condition} holds; returns how long that took, or fails after {@code timeout}. */
    static Duration await(Duration timeout, String what, Supplier<Boolean> condition) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (SearchUnavailableException e) {
                last = e;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("not within " + timeout + ": " + what + (last == null ? "" : " (" + last.getMessage() + ")"));
    }
}
