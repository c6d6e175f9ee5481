package org.geoparks.catalogue.mapquery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.geoparks.catalogue.account.ParkScope;
import org.geoparks.catalogue.collection.Collection;
import org.geoparks.catalogue.collection.CollectionVersions;
import org.geoparks.catalogue.collection.Collections;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceFixtures;
import org.geoparks.catalogue.place.PlaceKind;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.place.PlaceStatus;
import org.geoparks.catalogue.provenance.ImportKey;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.testing.Fixtures;
import org.geoparks.catalogue.testing.MapTestData;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The in-memory bbox index gives exactly what PostGIS gives: the same matches, in the same order,
 * the same count, for points, for polygons that only touch a box, across the antimeridian, page
 * by page — and it sees a change once the change log announces it.
 */
@PostgisTest
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BboxIndexIT {

    @Autowired
    ParkService parks;

    @Autowired
    PlaceService places;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Collections collections;

    @Autowired
    BboxIndex index;

    @Autowired
    FeatureQueries queries;

    @Autowired
    CollectionVersions versions;

    @BeforeAll
    void load() {
        MapTestData.load(parks, places, jdbc);
        // Polygons whose boxes straddle many query boxes' edges, some far from their own box's corners.
        jdbc.update("""
                INSERT INTO place (id, park_id, kind, name, geom) VALUES
                  ('cb-poly-triangle', 'non-nuoc-cao-bang', 'landform', '{"en": "Triangle"}',
                   ST_GeomFromText('POLYGON((106.40 22.55, 106.80 22.55, 106.40 22.90, 106.40 22.55))', 4326)),
                  ('cb-poly-square', 'non-nuoc-cao-bang', 'lake', '{"en": "Square"}',
                   ST_GeomFromText('POLYGON((106.50 22.60, 106.52 22.60, 106.52 22.62, 106.50 22.62, 106.50 22.60))', 4326)),
                  ('cb-edge-point', 'non-nuoc-cao-bang', 'viewpoint', '{"en": "Edge"}', ST_SetSRID(ST_MakePoint(106.60, 22.70), 4326))""");
    }

    @Test
    void randomBoxesMatchWhatPostgisSays() {
        Collection c = collection("places");
        Random random = new Random(20261201);
        for (int i = 0; i < 200; i++) {
            double x = 106.25 + random.nextDouble() * 0.7;
            double y = 22.45 + random.nextDouble() * 0.5;
            double w = random.nextDouble() * 0.4;
            double h = random.nextDouble() * 0.4;
            assertSameAsPostgis(c, "%s,%s,%s,%s".formatted(x, y, x + w, y + h));
        }
    }

    @Test
    void pointsOnTheEdgeOfTheBoxMatchAsInPostgis() {
        assertSameAsPostgis(collection("places"), "106.60,22.70,106.70,22.80");
        assertSameAsPostgis(collection("places"), "106.50,22.60,106.60,22.70");
        assertThat(ids(collection("places"), "bbox=106.60,22.70,106.70,22.80")).contains("cb-edge-point");
    }

    @Test
    void aPolygonWhoseBoxOnlyOverlapsTheQueryIsDecidedByItsShape() {
        // The triangle's box covers this corner; the triangle does not.
        assertThat(ids(collection("places"), "bbox=106.75,22.85,106.85,22.95")).doesNotContain("cb-poly-triangle");
        assertThat(ids(collection("places"), "bbox=106.41,22.56,106.42,22.57")).contains("cb-poly-triangle");
        assertSameAsPostgis(collection("places"), "106.75,22.85,106.85,22.95");
    }

    @Test
    void perKindViewsAndParkBoundariesAreIndexedToo() {
        assertSameAsPostgis(collection("caves"), "106.3,22.5,106.7,22.8");
        assertSameAsPostgis(collection("parks"), "106.3,22.5,106.7,22.8");
        assertSameAsPostgis(collection("parks"), "0,0,1,1");
    }

    @Test
    void aBoxAcrossTheAntimeridianMatchesBothSides() {
        assertSameAsPostgis(collection("places"), "170,-10,-170,10");
        assertSameAsPostgis(collection("places"), "106.5,22.5,-170,23");
    }

    @Test
    void pagesWalkedByCursorAndByOffsetAreThePostgisOrder() {
        Collection c = collection("places");
        String box = "106.3,22.5,106.9,22.95";
        List<String> expected = postgis(c, box);
        List<String> walked = new ArrayList<>();
        String after = null;
        long offset = 0;
        while (true) {
            String params = "bbox=" + box + "&limit=17&offset=" + offset + (after != null ? "&after=" + after : "");
            BboxIndex.Selection page = index.select(c, query(c, params)).orElseThrow();
            assertThat(page.matched()).isEqualTo(expected.size());
            walked.addAll(page.ids());
            BboxIndex.Selection byOffset = index.select(c, query(c, "bbox=" + box + "&limit=17&offset=" + offset)).orElseThrow();
            assertThat(byOffset.ids()).isEqualTo(page.ids());
            if (!page.more()) {
                break;
            }
            after = page.ids().get(page.ids().size() - 1);
            offset += 17;
        }
        assertThat(walked).isEqualTo(expected);
    }

    @Test
    void queriesItCannotAnswerExactlyGoToPostgis() {
        assertThat(index.select(collection("places"), query(collection("places"), "bbox=106.3,22.5,106.9,22.95&kind=cave"))).isEmpty();
        assertThat(index.select(collection("places"), query(collection("places"), "limit=10"))).isEmpty();
        assertThat(index.select(collection("hazards"), query(collection("hazards"), "bbox=106.3,22.5,106.9,22.95"))).isEmpty();
    }

    @Test
    void aNewPlaceIsFoundOnceTheChangeLogAnnouncesIt() throws Exception {
        Collection c = collection("places");
        String box = "106.331,22.521,106.332,22.522";
        assertThat(ids(c, "bbox=" + box)).isEmpty();
        places.importOne(new ImportKey("test", "late"), PlaceFixtures.place("cb-late-arrival", PlaceKind.VIEWPOINT,
                Fixtures.trilingual("Mới", "New", "新"), Fixtures.point(106.3315, 22.5215), Map.of()), ImportOptions.keepEdits("test"));
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (ids(c, "bbox=" + box).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(ids(c, "bbox=" + box)).containsExactly("cb-late-arrival");
    }

    @Test
    void aFeatureEditedAfterItWasServedIsServedAsEditedOnceTheChangeLogAnnouncesIt() throws Exception {
        Collection c = collection("places");
        String params = "bbox=106.305,22.505,106.315,22.515";
        assertThat(page(c, params)).hasSize(1).first().asString().contains("\"id\" : \"cb-grid-00-00\"", "\"status\" : \"open\"");
        places.changeStatus("cb-grid-00-00", PlaceStatus.CLOSED, Fixtures.trilingual("Lũ", "Flood", "洪水"), "manager");
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!page(c, params).get(0).contains("\"closed\"") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(page(c, params).get(0)).contains("\"status\" : \"closed\"");
    }

    @Test
    void aChangedCollectionIsIndexedAgainInTheBackgroundBeforeAnyMapAsks() throws Exception {
        Collection c = collection("caves");
        index.select(c, query(c, "bbox=106.3,22.5,106.9,22.95"));
        assertThat(index.isCurrent(c)).isTrue();
        long before = versions.of(c);
        places.changeStatus("cb-grid-00-01", PlaceStatus.CAUTION, Fixtures.trilingual("Đá lở", "Rockfall", "落石"), "manager");
        long deadline = System.nanoTime() + 15_000_000_000L;
        while ((versions.of(c) == before || !index.isCurrent(c)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(versions.of(c)).isNotEqualTo(before);
        assertThat(index.isCurrent(c)).as("rebuilt without a request asking").isTrue();
    }

    /** The features of a page as the map service streams them. */
    private List<String> page(Collection c, String params) {
        List<String> features = new ArrayList<>();
        queries.page(c, query(c, params + "&limit=100"), ParkScope.PUBLIC, params, (json, id) -> features.add(json));
        return features;
    }

    private void assertSameAsPostgis(Collection c, String box) {
        List<String> expected = postgis(c, box);
        BboxIndex.Selection page = select(c, "bbox=" + box + "&limit=10000");
        assertThat(page.ids()).as(c.id() + " " + box).isEqualTo(expected);
        assertThat(page.matched()).isEqualTo(expected.size());
        assertThat(page.more()).isFalse();
    }

    /** What the service's SQL path selects for this box, in its order. */
    private List<String> postgis(Collection c, String box) {
        ItemsQuery q = query(c, "bbox=" + box + "&limit=10000");
        ItemsSql sql = ItemsSql.items(c, q, ParkScope.PUBLIC, false);
        return new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc)
                .query(sql.select, sql.params, (rs, n) -> rs.getString(2));
    }

    private List<String> ids(Collection c, String params) {
        return select(c, params + "&limit=10000").ids();
    }

    /**
     * The index's answer. While the background builder is building the snapshot, requests take
     * the SQL path (the index answers nothing); on a busy machine the test waits for the build.
     */
    private BboxIndex.Selection select(Collection c, String params) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        java.util.Optional<BboxIndex.Selection> selection = index.select(c, query(c, params));
        while (selection.isEmpty() && System.nanoTime() < deadline) {
            sleepBriefly();
            selection = index.select(c, query(c, params));
        }
        return selection.orElseThrow();
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ItemsQuery query(Collection c, String params) {
        MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        for (String pair : params.split("&")) {
            String[] kv = pair.split("=", 2);
            map.add(kv[0], kv[1]);
        }
        return ItemsQuery.parse(c, map, null, Instant.now());
    }

    private Collection collection(String id) {
        return collections.find(id).orElseThrow();
    }
}
