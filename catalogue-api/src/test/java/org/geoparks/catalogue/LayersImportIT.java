package org.geoparks.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.geoparks.catalogue.guide.NarrationDraft;
import org.geoparks.catalogue.guide.NarrationFixtures;
import org.geoparks.catalogue.guide.NarrationService;
import org.geoparks.catalogue.hazard.Hazard;
import org.geoparks.catalogue.hazard.HazardDraft;
import org.geoparks.catalogue.hazard.HazardFixtures;
import org.geoparks.catalogue.hazard.HazardService;
import org.geoparks.catalogue.hazard.HazardStatus;
import org.geoparks.catalogue.heritage.HeritageFixtures;
import org.geoparks.catalogue.heritage.IntangibleHeritageDraft;
import org.geoparks.catalogue.heritage.IntangibleHeritageService;
import org.geoparks.catalogue.park.ParkFixtures;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.partner.PartnerDraft;
import org.geoparks.catalogue.partner.PartnerFixtures;
import org.geoparks.catalogue.partner.PartnerService;
import org.geoparks.catalogue.place.PlaceDraft;
import org.geoparks.catalogue.place.PlaceFixtures;
import org.geoparks.catalogue.place.PlaceKind;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.place.PlaceStatus;
import org.geoparks.catalogue.provenance.ImportKey;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.provenance.ImportOutcome;
import org.geoparks.catalogue.route.Route;
import org.geoparks.catalogue.route.RouteDraft;
import org.geoparks.catalogue.route.RouteFixtures;
import org.geoparks.catalogue.route.RouteService;
import org.geoparks.catalogue.sign.SignDraft;
import org.geoparks.catalogue.sign.SignFixtures;
import org.geoparks.catalogue.sign.SignService;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.testing.Fixtures;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every layer through its service into PostGIS and back: the mappings agree with the schema, the
 * re-import rules apply to every layer, and every change is audited and logged. Each test uses
 * records of its own, so that the tests do not depend on their order.
 */
@PostgisTest
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayersImportIT {

    static final String PARK = "non-nuoc-cao-bang";
    static final String WATERFALL = "cb-ban-gioc-waterfall";
    static final String CAVE = "cb-nguom-ngao-cave";
    static final Point WATERFALL_AT = Fixtures.point(106.7215, 22.8553);
    static final Point CAVE_AT = Fixtures.point(106.7072, 22.8462);
    static final Instant JUNE = Instant.parse("2025-06-01T00:00:00Z");
    static final Instant SEPTEMBER = Instant.parse("2025-09-01T00:00:00Z");

    final ImportOptions keepEdits = ImportOptions.keepEdits("test");

    @Autowired
    ParkService parks;
    @Autowired
    PlaceService places;
    @Autowired
    IntangibleHeritageService heritage;
    @Autowired
    PartnerService partners;
    @Autowired
    RouteService routes;
    @Autowired
    HazardService hazards;
    @Autowired
    SignService signs;
    @Autowired
    NarrationService narrations;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void importAParkAndTwoPlaces() {
        assertThat(parks.importOne(key(PARK), ParkFixtures.caoBang(), keepEdits)).isEqualTo(ImportOutcome.INSERTED);
        assertThat(places.importOne(key(WATERFALL), place(WATERFALL, PlaceKind.WATERFALL, "Thác Bản Giốc", WATERFALL_AT), keepEdits))
                .isEqualTo(ImportOutcome.INSERTED);
        assertThat(places.importOne(key(CAVE), place(CAVE, PlaceKind.CAVE, "Động Ngườm Ngao", CAVE_AT), keepEdits))
                .isEqualTo(ImportOutcome.INSERTED);
    }

    @Test
    void everyLayerReadsBackAsItWasImported() {
        IntangibleHeritageDraft then = HeritageFixtures.thenRitual("cb-then", List.of(PARK), List.of(WATERFALL, CAVE));
        PartnerDraft coop = PartnerFixtures.ocopProducer("cb-chestnut-coop",
                List.of(PartnerFixtures.product("Chestnuts", 4), PartnerFixtures.product("Chestnut cake", null)));
        RouteDraft walk = RouteFixtures.walk("cb-falls-to-cave", List.of(WATERFALL, CAVE),
                RouteFixtures.line(WATERFALL_AT.getX(), WATERFALL_AT.getY(), 106.7151234, 22.8512345, CAVE_AT.getX(), CAVE_AT.getY()));
        HazardDraft highWater = HazardFixtures.highWater("cb-high-water", WATERFALL, HazardStatus.SEASONAL, JUNE, SEPTEMBER);
        SignDraft board = SignFixtures.board("cb-sign-falls", WATERFALL, "cb-high-water");
        NarrationDraft chinese = NarrationFixtures.narration(WATERFALL, "zh-Hans", "板约瀑布位于中越边境……");

        assertThat(heritage.importOne(key("cb-then"), then, keepEdits)).isEqualTo(ImportOutcome.INSERTED);
        assertThat(partners.importOne(key("cb-chestnut-coop"), coop, keepEdits)).isEqualTo(ImportOutcome.INSERTED);
        assertThat(routes.importOne(key("cb-falls-to-cave"), walk, keepEdits)).isEqualTo(ImportOutcome.INSERTED);
        assertThat(hazards.importOne(key("cb-high-water"), highWater, keepEdits)).isEqualTo(ImportOutcome.INSERTED);
        assertThat(signs.importOne(key("cb-sign-falls"), board, keepEdits)).isEqualTo(ImportOutcome.INSERTED);
        assertThat(narrations.importOne(key("cb-falls-zh"), chinese, keepEdits)).isEqualTo(ImportOutcome.INSERTED);

        // each get() runs in a transaction of its own: these are fresh reads from the database
        assertThat(heritage.get("cb-then").snapshot()).isEqualTo(then);
        assertThat(partners.get("cb-chestnut-coop").snapshot()).isEqualTo(coop);
        assertThat(routes.get("cb-falls-to-cave").snapshot()).isEqualTo(walk);
        assertThat(hazards.get("cb-high-water").snapshot()).isEqualTo(highWater);
        assertThat(signs.get("cb-sign-falls").snapshot()).isEqualTo(board);
        assertThat(narrations.get("cb-ban-gioc-waterfall--zh-hans").snapshot()).isEqualTo(chinese);

        Route route = routes.get("cb-falls-to-cave");
        assertThat(route.getGeometry().equalsExact(walk.geometry(), 0)).as("coordinates unchanged to the last bit").isTrue();
        assertThat(route.getGeometry().getSRID()).isEqualTo(4326);
        assertThat(route.stopIds()).containsExactly(WATERFALL, CAVE);
        assertThat(jdbc.queryForList("SELECT position FROM route_stop WHERE route_id = 'cb-falls-to-cave' ORDER BY position", Integer.class))
                .as("stops count from 1").containsExactly(1, 2);
        assertThat(jdbc.queryForList("SELECT position FROM partner_product WHERE partner_id = 'cb-chestnut-coop' ORDER BY position", Integer.class))
                .containsExactly(1, 2);
        assertThat(jdbc.queryForObject("SELECT contact->>'email' FROM partner WHERE id = 'cb-chestnut-coop'", String.class))
                .isEqualTo("sample@example.org");
    }

    @Test
    void aRoutesLengthIsMeasuredOnTheEllipsoidInMetres() {
        RouteDraft draft = RouteFixtures.walk("cb-meridian-walk", List.of(WATERFALL), RouteFixtures.northward(106.72, 22.80, 0.01));
        routes.importOne(key("cb-meridian-walk"), draft, keepEdits);

        // A degree of latitude on WGS 84 at latitude φ: 111132.954 − 559.822 cos 2φ + 1.175 cos 4φ metres.
        assertThat(routes.get("cb-meridian-walk").getLengthM()).isCloseTo(0.01 * metresPerDegreeOfLatitude(22.805), within(0.5));

        // the database measures again when the line changes
        RouteDraft longer = RouteFixtures.walk("cb-meridian-walk", List.of(WATERFALL), RouteFixtures.northward(106.72, 22.80, 0.02));
        assertThat(routes.importOne(key("cb-meridian-walk"), longer, keepEdits)).isEqualTo(ImportOutcome.UPDATED);
        assertThat(routes.get("cb-meridian-walk").getLengthM()).isCloseTo(0.02 * metresPerDegreeOfLatitude(22.81), within(0.5));
    }

    @Test
    void heritageImportsAreIdempotentUpdatableAndLogged() {
        importsLikeEveryLayer("intangible_heritage", "cb-then-2", PARK,
                HeritageFixtures.thenRitual("cb-then-2", List.of(PARK), List.of(WATERFALL, CAVE)),
                HeritageFixtures.thenRitual("cb-then-2", List.of(PARK), List.of(CAVE)),
                heritage::importOne, id -> heritage.get(id).snapshot());
    }

    @Test
    void partnerImportsAreIdempotentUpdatableAndLogged() {
        importsLikeEveryLayer("partner", "cb-chestnut-coop-2", PARK,
                PartnerFixtures.ocopProducer("cb-chestnut-coop-2", List.of(PartnerFixtures.product("Chestnuts", 4))),
                PartnerFixtures.ocopProducer("cb-chestnut-coop-2",
                        List.of(PartnerFixtures.product("Chestnut cake", 3), PartnerFixtures.product("Chestnuts", 5))),
                partners::importOne, id -> partners.get(id).snapshot());
    }

    @Test
    void routeImportsAreIdempotentUpdatableAndLogged() {
        importsLikeEveryLayer("route", "cb-walk-2", PARK,
                RouteFixtures.walk("cb-walk-2", List.of(WATERFALL, CAVE), RouteFixtures.northward(106.72, 22.80, 0.01)),
                RouteFixtures.walk("cb-walk-2", List.of(CAVE, WATERFALL, CAVE), RouteFixtures.northward(106.72, 22.80, 0.02)),
                routes::importOne, id -> routes.get(id).snapshot());
        assertThat(stopsInDatabase("cb-walk-2")).containsExactly(Map.entry(1, CAVE), Map.entry(2, WATERFALL), Map.entry(3, CAVE));

        // a shorter list of stops leaves no stale positions behind
        RouteDraft shorter = RouteFixtures.walk("cb-walk-2", List.of(WATERFALL), RouteFixtures.northward(106.72, 22.80, 0.02));
        assertThat(routes.importOne(key("cb-walk-2"), shorter, keepEdits)).isEqualTo(ImportOutcome.UPDATED);
        assertThat(stopsInDatabase("cb-walk-2")).containsExactly(Map.entry(1, WATERFALL));
        assertThat(routes.get("cb-walk-2").stopIds()).containsExactly(WATERFALL);
    }

    @Test
    void hazardImportsAreIdempotentUpdatableAndLogged() {
        importsLikeEveryLayer("hazard", "cb-high-water-2", PARK,
                HazardFixtures.highWater("cb-high-water-2", WATERFALL, HazardStatus.SEASONAL, JUNE, SEPTEMBER),
                HazardFixtures.highWater("cb-high-water-2", null, HazardStatus.ACTIVE, JUNE, null),
                hazards::importOne, id -> hazards.get(id).snapshot());
    }

    @Test
    void signImportsAreIdempotentUpdatableAndLogged() {
        importsLikeEveryLayer("sign", "cb-sign-2", PARK,
                SignFixtures.board("cb-sign-2", WATERFALL, null),
                SignFixtures.board("cb-sign-2", CAVE, null),
                signs::importOne, id -> signs.get(id).snapshot());
    }

    @Test
    void narrationImportsAreIdempotentUpdatableAndLoggedUnderThePlacesPark() {
        importsLikeEveryLayer("narration", "cb-ban-gioc-waterfall--en", PARK,
                NarrationFixtures.narration(WATERFALL, "en", "The waterfall on the border…"),
                NarrationFixtures.narration(WATERFALL, "en", "The largest waterfall on the border…"),
                narrations::importOne, id -> narrations.get(id).snapshot());
    }

    @Test
    void anEditedRecordIsAConflictUntilTheImportMayOverwriteIt() {
        String id = "cb-khuoi-ky-village";
        PlaceDraft fromFile = place(id, PlaceKind.CRAFT_VILLAGE, "Làng đá Khuổi Ky", Fixtures.point(106.7154, 22.8489));
        PlaceDraft changedFile = place(id, PlaceKind.CRAFT_VILLAGE, "Làng đá cổ Khuổi Ky", Fixtures.point(106.7154, 22.8489));
        places.importOne(key(id), fromFile, keepEdits);

        places.changeStatus(id, PlaceStatus.CLOSED, Fixtures.trilingual("Sạt lở", "Landslide", "滑坡"), "manager");

        assertThat(places.importOne(key(id), changedFile, keepEdits)).isEqualTo(ImportOutcome.CONFLICT);
        assertThat(places.get(id).getStatus()).as("the manager's edit stands").isEqualTo(PlaceStatus.CLOSED);
        assertThat(places.importOne(key(id), changedFile, new ImportOptions("test", false, Set.of(id))))
                .isEqualTo(ImportOutcome.OVERWRITTEN);
        assertThat(places.get(id).snapshot()).isEqualTo(changedFile);
        assertThat(places.importOne(key(id), changedFile, keepEdits)).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(auditActions("place", id)).containsExactly("create", "update", "update");
    }

    @Test
    void aRouteThroughAnUnknownPlaceIsRejectedNamingTheStop() {
        RouteDraft draft = RouteFixtures.walk("cb-nowhere-walk", List.of(WATERFALL, "cb-nowhere"), RouteFixtures.northward(106.72, 22.80, 0.01));

        assertThatThrownBy(() -> routes.importOne(key("cb-nowhere-walk"), draft, keepEdits))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("stops:")
                .hasMessageContaining("stop 2 is 'cb-nowhere'");
        assertThat(routes.exists("cb-nowhere-walk")).isFalse();
    }

    @Test
    void aSignOfAnUnknownHazardIsRejected() {
        assertThatThrownBy(() -> signs.importOne(key("cb-sign-x"), SignFixtures.board("cb-sign-x", null, "cb-no-such-hazard"), keepEdits))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("serves_hazard:")
                .hasMessageContaining("cb-no-such-hazard");
    }

    @Test
    void hazardsInForceAreNeitherResolvedNorOutsideTheirValidity() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        hazards.importOne(key("cb-in-force"), HazardFixtures.highWater("cb-in-force", null, HazardStatus.ACTIVE, now.minusSeconds(60), null), keepEdits);
        hazards.importOne(key("cb-resolved"), HazardFixtures.highWater("cb-resolved", null, HazardStatus.RESOLVED, now.minusSeconds(60), null), keepEdits);
        hazards.importOne(key("cb-ended"), HazardFixtures.highWater("cb-ended", null, HazardStatus.SEASONAL, now.minusSeconds(60), now), keepEdits);
        hazards.importOne(key("cb-coming"), HazardFixtures.highWater("cb-coming", null, HazardStatus.ACTIVE, now.plusSeconds(60), null), keepEdits);

        assertThat(hazards.activeAt(now)).extracting(Hazard::getId)
                .contains("cb-in-force").doesNotContain("cb-resolved", "cb-ended", "cb-coming");
    }

    @Test
    void missingLanguagesAreTheParksLanguagesAPlaceHasNoNarrationIn() {
        assertThat(narrations.missingLanguages(CAVE)).containsExactly("vi", "en", "zh-Hans");
        narrations.importOne(key("cb-cave-vi"), NarrationFixtures.narration(CAVE, "vi", "Động Ngườm Ngao…"), keepEdits);

        assertThat(narrations.missingLanguages(CAVE)).containsExactly("en", "zh-Hans");
        assertThat(narrations.ofPlace(CAVE)).singleElement().satisfies(n -> assertThat(n.parkId()).isEqualTo(PARK));
    }

    /**
     * The rules every layer shares: a new record is inserted, the same draft again changes nothing,
     * a changed draft updates the record, and each change — not the unchanged import — writes one
     * audit entry and one change-log entry under the record's park.
     */
    <D> void importsLikeEveryLayer(String entityType, String id, String parkId, D draft, D changed,
                                   TriFunction<ImportKey, D, ImportOptions, ImportOutcome> importer,
                                   Function<String, Object> readBack) {
        ImportKey key = key(id);
        BiFunction<ImportKey, D, ImportOutcome> importing = (k, d) -> importer.apply(k, d, keepEdits);

        assertThat(importing.apply(key, draft)).isEqualTo(ImportOutcome.INSERTED);
        assertThat(readBack.apply(id)).isEqualTo(draft);
        assertThat(importing.apply(key, draft)).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(importing.apply(key, changed)).isEqualTo(ImportOutcome.UPDATED);
        assertThat(readBack.apply(id)).isEqualTo(changed);
        assertThat(importing.apply(key, changed)).isEqualTo(ImportOutcome.UNCHANGED);

        assertThat(auditActions(entityType, id)).containsExactly("create", "update");
        assertThat(jdbc.queryForList("SELECT count(*) FROM audit_log WHERE entity_type = ? AND entity_id = ? AND after IS NOT NULL",
                Long.class, entityType, id)).containsExactly(2L);
        assertThat(jdbc.queryForList("SELECT operation || ' ' || coalesce(park_id, '-') FROM change_log "
                        + "WHERE entity_type = ? AND entity_id = ? ORDER BY txid, seq", String.class, entityType, id))
                .containsExactly("create " + parkId, "update " + parkId);
    }

    @FunctionalInterface
    interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    List<String> auditActions(String entityType, String id) {
        return jdbc.queryForList("SELECT action FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY id",
                String.class, entityType, id);
    }

    List<Map.Entry<Integer, String>> stopsInDatabase(String routeId) {
        return jdbc.query("SELECT position, place_id FROM route_stop WHERE route_id = ? ORDER BY position",
                (rs, i) -> Map.entry(rs.getInt(1), rs.getString(2)), routeId);
    }

    static double metresPerDegreeOfLatitude(double latitude) {
        double phi = Math.toRadians(latitude);
        return 111132.954 - 559.822 * Math.cos(2 * phi) + 1.175 * Math.cos(4 * phi);
    }

    static ImportKey key(String id) {
        return new ImportKey("layers-it", id);
    }

    static PlaceDraft place(String id, PlaceKind kind, String vietnameseName, Point at) {
        return PlaceFixtures.place(id, kind, Fixtures.trilingual(vietnameseName, vietnameseName, vietnameseName), at,
                Map.of("transliterated", List.of("en", "zh-Hans"), "tags", List.of("karst"), "position_precision", "±100 m"));
    }
}
