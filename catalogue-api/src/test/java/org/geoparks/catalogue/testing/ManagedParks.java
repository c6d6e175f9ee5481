package org.geoparks.catalogue.testing;

import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.park.BoundaryQuality;
import org.geoparks.catalogue.park.ParkDraft;
import org.geoparks.catalogue.park.ParkFixtures;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceFixtures;
import org.geoparks.catalogue.place.PlaceKind;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.provenance.ImportKey;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two parks with their people, for tests of who may change what: Non nước Cao Bằng and Lạng Sơn,
 * a few places in each (Kéng Tao cave among them), an administrator, a manager of each park, an
 * editor of Cao Bằng and an operator — all with the password {@link #PASSWORD}.
 */
public final class ManagedParks {

    public static final String PASSWORD = "correct horse battery staple";
    public static final String CAO_BANG = "non-nuoc-cao-bang";
    public static final String LANG_SON = "lang-son";

    public static final String ADMIN = "admin";
    public static final String CB_MANAGER = "cb-manager";
    public static final String LS_MANAGER = "ls-manager";
    public static final String CB_EDITOR = "cb-editor";
    public static final String OPERATOR = "operator";

    public static final String FALLS = "cb-ban-gioc-waterfall";
    public static final String NGUOM_NGAO = "cb-nguom-ngao-cave";
    public static final String FOSSILS = "cb-lang-mon-fossils";
    public static final String KENG_TAO = "ls-keng-tao-cave";
    public static final String TAM_THANH = "ls-tam-thanh-cave";

    private ManagedParks() {
    }

    public static void load(ParkService parks, PlaceService places, JdbcTemplate jdbc) {
        ImportOptions options = ImportOptions.keepEdits("test");
        parks.importOne(new ImportKey("test", CAO_BANG), ParkFixtures.caoBang(), options);
        parks.importOne(new ImportKey("test", LANG_SON), langSon(), options);
        place(places, FALLS, PlaceKind.WATERFALL, Fixtures.trilingual("Thác Bản Giốc", "Bản Giốc Waterfall", "板约瀑布"), 106.7215, 22.8553, Map.of());
        place(places, NGUOM_NGAO, PlaceKind.CAVE, Fixtures.trilingual("Động Ngườm Ngao", "Nguom Ngao Cave", "银洞"), 106.7072, 22.8462, Map.of());
        place(places, FOSSILS, PlaceKind.FOSSIL_SITE, Fixtures.trilingual("Hóa thạch Lang Môn", "Lang Mon fossils", "郎门化石"), 106.70123, 22.84567,
                Map.of("sensitivity", "generalised"));
        place(places, KENG_TAO, PlaceKind.CAVE, Fixtures.trilingual("Hang Kéng Tao", "Keng Tao Cave", "景涛洞"), 106.18333, 21.81667,
                Map.of("park", LANG_SON, "position_precision", "±1 km"));
        place(places, TAM_THANH, PlaceKind.CAVE, Fixtures.trilingual("Động Tam Thanh", "Tam Thanh Cave", "三清洞"), 106.746799, 21.855567,
                Map.of("park", LANG_SON));
        Accounts.create(jdbc, ADMIN, PASSWORD, "admin", null);
        Accounts.create(jdbc, CB_MANAGER, PASSWORD, "park_manager", CAO_BANG);
        Accounts.create(jdbc, LS_MANAGER, PASSWORD, "park_manager", LANG_SON);
        Accounts.create(jdbc, CB_EDITOR, PASSWORD, "editor", CAO_BANG);
        Accounts.create(jdbc, OPERATOR, PASSWORD, "operator", null);
    }

    /** Lạng Sơn, as a box around the geopark (106.0–107.2 E, 21.4–22.3 N). */
    public static ParkDraft langSon() {
        return new ParkDraft(LANG_SON, Fixtures.trilingual("Công viên địa chất toàn cầu UNESCO Lạng Sơn", "Lang Son UNESCO Global Geopark",
                "谅山世界地质公园"), Fixtures.trilingual("Mô tả", "Description", "描述"), "VN",
                Fixtures.trilingual("Trung tâm Xúc tiến", "Promotion Centre", "促进中心"), 2025, Fixtures.vietnameseParkLanguages(), List.of(),
                true, BoundaryQuality.APPROXIMATE_FROM_DISTRICTS, null, Fixtures.multi(Fixtures.box(106.0, 21.4, 107.2, 22.3)), List.of("test"),
                "approximate-boundary");
    }

    private static void place(PlaceService places, String id, PlaceKind kind, org.geoparks.catalogue.i18n.LocalizedText name,
                              double lon, double lat, Map<String, Object> more) {
        places.importOne(new ImportKey("test", id), PlaceFixtures.place(id, kind, name, Geometries.FACTORY.createPoint(
                new org.locationtech.jts.geom.Coordinate(lon, lat)), more), ImportOptions.keepEdits("test"));
    }
}
