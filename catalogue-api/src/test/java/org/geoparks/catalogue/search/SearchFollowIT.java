package org.geoparks.catalogue.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.FSDirectory;
import org.geoparks.catalogue.CatalogueApplication;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.testing.PostgisExtension;
import org.geoparks.catalogue.testing.TestSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Instances of the service sharing one database keep their indexes in step with the change log:
 * within two seconds of a commit, while a long import runs, after a restart, after a crash.
 */
@ExtendWith(PostgisExtension.class)
class SearchFollowIT {

    private static final Duration TWO_SECONDS = Duration.ofSeconds(2);
    private final TestSchema schema;
    private final JdbcTemplate jdbc;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    SearchFollowIT(TestSchema schema) {
        this.schema = schema;
        this.jdbc = new JdbcTemplate(schema.dataSource());
    }

    @BeforeAll
    static void catalogue() {
        SearchTestData.load(PostgisExtension.schemaFor(SearchFollowIT.class).dataSource());
    }

    @AfterEach
    void stopInstances() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void anEditMadeWhileALongImportRunsIsSearchableInEveryInstanceWithinTwoSeconds() throws Exception {
        SearchService a = service(start(null));
        SearchService b = service(start(null));
        awaitFound(a, "place", "Thang Hen", "cb-thang-hen-lake");
        awaitFound(b, "place", "Thang Hen", "cb-thang-hen-lake");

        try (Connection importing = schema.dataSource().getConnection()) {
            importing.setAutoCommit(false);
            try (Statement s = importing.createStatement()) {
                s.execute(insertPlace("ls-imported-pagoda", "Chùa Nhập Khẩu", "Imported Pagoda", "lang-son", 106.6, 21.9));
                s.execute("INSERT INTO change_log (entity_type, entity_id, operation, park_id) VALUES ('place', 'ls-imported-pagoda', 'create', 'lang-son')");
            }
            // The import is still open when a manager renames the lake.
            long committed = System.nanoTime();
            write("UPDATE place SET name = name || '{\"en\": \"Thang Hen Emerald Lake\"}', version = version + 1 WHERE id = 'cb-thang-hen-lake'",
                    "place", "cb-thang-hen-lake");
            awaitFound(a, "place", "emerald", "cb-thang-hen-lake");
            awaitFound(b, "place", "emerald", "cb-thang-hen-lake");
            assertThat(Duration.ofNanos(System.nanoTime() - committed)).as("commit to searchable in both").isLessThan(TWO_SECONDS);
            assertThat(a.matchingIds("place", "Imported Pagoda", LanguagePreference.defaults(), 10)).isEmpty();

            importing.commit();
        }
        awaitFound(a, "place", "Imported Pagoda", "ls-imported-pagoda");
        awaitFound(b, "place", "Imported Pagoda", "ls-imported-pagoda");
    }

    @Test
    void aChangeToAPlaceRewritesTheRecordsThatDrawOnItAndADeletionRemovesIt() throws Exception {
        SearchService a = service(start(null));
        awaitFound(a, "sign", "cb-sign-007", "cb-sign-007");
        write("UPDATE place SET sensitivity = 'restricted' WHERE id = 'cb-ban-gioc-waterfall'", "place", "cb-ban-gioc-waterfall");
        SearchTestData.await(TWO_SECONDS, "the sign at the now restricted waterfall loses its position", () ->
                a.search(SearchRequest.parse(Map.of("q", "cb-sign-007"), null, false)).hits().get(0).geoJson() == null);
        write("DELETE FROM sign WHERE id = 'cb-sign-012'", "sign", "cb-sign-012");
        SearchTestData.await(TWO_SECONDS, "the deleted sign leaves the index", () ->
                !a.matchingIds("sign", "cb-sign-012", LanguagePreference.defaults(), 10).contains("cb-sign-012"));
        write("UPDATE place SET sensitivity = 'public' WHERE id = 'cb-ban-gioc-waterfall'", "place", "cb-ban-gioc-waterfall");
    }

    @Test
    void aRestartCatchesUpFromThePositionStoredWithTheIndex(@TempDir Path dir) throws Exception {
        ConfigurableApplicationContext first = start(dir);
        awaitFound(service(first), "place", "Tam Thanh", "ls-tam-thanh-cave");
        assertThat(first.getBean(SearchIndexer.class).started()).isEqualTo(SearchIndexer.Start.REBUILT);
        first.close();
        instances.remove(first);

        // While the instance is down: a new place, and a renamed one.
        write(insertPlace("ls-while-down", "Hang Vắng Mặt", "Absent Cave", "lang-son", 106.5, 21.8), "place", "ls-while-down");
        write("UPDATE place SET name = name || '{\"en\": \"Tam Thanh Grotto\"}' WHERE id = 'ls-tam-thanh-cave'", "place", "ls-tam-thanh-cave");

        ConfigurableApplicationContext second = start(dir);
        SearchService again = service(second);
        awaitFound(again, "place", "Absent Cave", "ls-while-down");
        awaitFound(again, "place", "grotto", "ls-tam-thanh-cave");
        assertThat(second.getBean(SearchIndexer.class).started()).isEqualTo(SearchIndexer.Start.CAUGHT_UP);
    }

    @Test
    void aCrashBetweenApplyingAndCommittingLosesNothing(@TempDir Path dir) throws Exception {
        ConfigurableApplicationContext first = start(dir);
        awaitFound(service(first), "place", "Kéng Tao", "ls-keng-tao-cave");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        SearchDocumentSource source = new SearchDocuments(jdbc, json, first.getBean(org.springframework.context.MessageSource.class));
        SearchAnalysis analysis = first.getBean(SearchIndexer.class).analysis();
        DocumentMapping mapping = new DocumentMapping(json);
        first.close();
        instances.remove(first);

        write(insertPlace("ls-crash-cave", "Hang Sập Nguồn", "Power Cut Cave", "lang-son", 106.55, 21.85), "place", "ls-crash-cave");
        // An instance applies the change and dies before its commit.
        SearchIndex index = new SearchIndex(FSDirectory.open(dir), analysis, mapping);
        var stored = index.storedPosition().orElseThrow();
        index.replace(source.read(List.of(new RecordRef("place", "ls-crash-cave"))));
        index.abandon();

        SearchIndex reopened = new SearchIndex(FSDirectory.open(dir), analysis, mapping);
        assertThat(reopened.storedPosition()).contains(stored);
        reopened.close();

        SearchService again = service(start(dir));
        awaitFound(again, "place", "Power Cut Cave", "ls-crash-cave");
    }

    @Test
    void anIndexThatCannotBeReadIsRebuilt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("segments_1"), "not an index");
        ConfigurableApplicationContext instance = start(dir);
        awaitFound(service(instance), "place", "Tam Thanh", "ls-tam-thanh-cave");
        assertThat(instance.getBean(SearchIndexer.class).started()).isEqualTo(SearchIndexer.Start.REBUILT);
        FileSystemUtils.deleteRecursively(dir);
    }

    @Test
    void formerNamesAndAddressesAreSearchedOnceThePlaceTableHasThem() throws Exception {
        jdbc.execute("ALTER TABLE place ADD COLUMN IF NOT EXISTS aliases text[] NOT NULL DEFAULT '{}', "
                + "ADD COLUMN IF NOT EXISTS address jsonb");
        jdbc.update("UPDATE place SET aliases = '{\"Động Hổ\"}', address = '{\"vi\": \"xã Đàm Thủy, huyện Trùng Khánh\"}' "
                + "WHERE id = 'cb-nguom-ngao-cave'");
        SearchService service = service(start(null));
        awaitFound(service, "place", "dong ho", "cb-nguom-ngao-cave");
        awaitFound(service, "place", "Đàm Thủy", "cb-nguom-ngao-cave");
    }

    // ---------------------------------------------------------------------------------------

    private ConfigurableApplicationContext start(Path indexDir) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CatalogueApplication.class)
                .web(WebApplicationType.NONE)
                .run(// arguments, not default properties: they must win over application.yaml
                        "--spring.datasource.url=" + schema.jdbcUrl(),
                        "--spring.datasource.username=" + java.util.Objects.toString(schema.server().user(), ""),
                        "--spring.datasource.password=" + java.util.Objects.toString(schema.server().password(), ""),
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--spring.flyway.schemas=" + schema.name(),
                        "--spring.flyway.default-schema=" + schema.name(),
                        "--catalogue.search.index-dir=" + (indexDir == null ? "" : indexDir.toString()));
        instances.add(context);
        return context;
    }

    private static SearchService service(ConfigurableApplicationContext context) {
        return context.getBean(SearchService.class);
    }

    private static void awaitFound(SearchService service, String layer, String q, String id) throws InterruptedException {
        SearchTestData.await(Duration.ofSeconds(30), id + " found by '" + q + "'", () ->
                service.matchingIds(layer, q, LanguagePreference.defaults(), 10).contains(id));
    }

    /** A change as the catalogue's services make it: the row and its change-log entry in one transaction. */
    private void write(String sql, String entityType, String entityId) throws Exception {
        try (Connection c = schema.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(sql);
                s.execute("INSERT INTO change_log (entity_type, entity_id, operation) VALUES ('" + entityType + "', '" + entityId + "', 'update')");
            }
            c.commit();
        }
    }

    private static String insertPlace(String id, String vi, String en, String park, double lon, double lat) {
        return "INSERT INTO place (id, park_id, kind, name, geom) VALUES ('" + id + "', '" + park + "', 'cave', "
                + "'{\"vi\": \"" + vi + "\", \"en\": \"" + en + "\"}', ST_SetSRID(ST_MakePoint(" + lon + ", " + lat + "), 4326))";
    }
}
