package org.geoparks.importer.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.geoparks.catalogue.testing.PostgisTest;
import org.geoparks.importer.cli.ImportCommand;
import org.geoparks.catalogue.testing.TestSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ctrl-C in the middle of {@code ./catalogue import}: the command runs as its own process, is
 * interrupted with SIGINT once it has written thousands of records inside its transaction, and the
 * catalogue must hold none of them — no place, no audit row, no change-log entry.
 */
@PostgisTest
class InterruptedImportIT {

    private static final int RECORDS = 60_000;

    @TempDir
    Path dir;

    @Test
    void ctrlCMidImportLeavesTheCatalogueAsItWas(TestSchema schema) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(schema.dataSource());
        jdbc.execute("TRUNCATE park, place, park_partner, change_log, audit_log CASCADE");
        Path parks = Files.writeString(dir.resolve("parks.geojson"), GeoJsonSamples.PARK);
        assertThat(run(schema, parks, "--layer", "parks").waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(count(jdbc, "park")).isEqualTo(1);
        long auditBefore = count(jdbc, "audit_log");
        long changesBefore = count(jdbc, "change_log");

        Process importing = run(schema, places(), "--layer", "places");
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch writing = new CountDownLatch(1);
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(importing.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    output.add(line);
                    if (line.matches(".*places\\.geojson: \\d{4,} records.*")) {
                        writing.countDown(); // thousands read, so batches of them written in the open transaction
                    }
                }
            } catch (IOException ignored) {
                // the process is gone
            }
        });
        assertThat(writing.await(120, TimeUnit.SECONDS)).as("the import reports progress: " + output).isTrue();
        assertThat(importing.isAlive()).as("still importing when interrupted: " + output).isTrue();

        new ProcessBuilder("kill", "-INT", Long.toString(importing.pid())).start().waitFor();

        assertThat(importing.waitFor(60, TimeUnit.SECONDS)).as("stops on Ctrl-C").isTrue();
        reader.join(10_000);
        assertThat(importing.exitValue()).as(String.join("\n", output)).isNotZero();
        assertThat(output).anyMatch(line -> line.contains("interrupted before the end of places.geojson"));
        assertThat(count(jdbc, "place")).isZero();
        assertThat(count(jdbc, "audit_log")).isEqualTo(auditBefore);
        assertThat(count(jdbc, "change_log")).isEqualTo(changesBefore);
    }

    /** The import command in a JVM of its own, on this test's schema. */
    private Process run(TestSchema schema, Path file, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                ImportCommand.class.getName(), file.toString()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CATALOGUE_DB_URL", schema.jdbcUrl());
        builder.environment().put("CATALOGUE_DB_USER", schema.server().user());
        builder.environment().put("CATALOGUE_DB_PASSWORD", schema.server().password());
        return builder.start();
    }

    /** Enough places inside the test park that the import is still writing when interrupted. */
    private Path places() throws IOException {
        Path file = dir.resolve("places.geojson");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"type\": \"FeatureCollection\", \"features\": [\n");
            for (int i = 0; i < RECORDS; i++) {
                double lon = 106.35 + (i % 250) * 0.002;
                double lat = 22.55 + (i / 250) * 0.0018;
                out.write(String.format(Locale.ROOT, """
                        %s{"type": "Feature", "id": "cb-test-%06d", "geometry": {"type": "Point", "coordinates": [%.5f, %.5f]},
                         "properties": {"park": "non-nuoc-cao-bang", "kind": "viewpoint",
                           "name": {"vi": "Điểm %d", "en": "Point %d", "zh-Hans": "地点 %d"}, "source": ["test"], "position_precision": "±10 m"}}
                        """, i == 0 ? "" : ",", i, lon, lat, i, i, i));
            }
            out.write("]}\n");
        }
        return file;
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }
}
