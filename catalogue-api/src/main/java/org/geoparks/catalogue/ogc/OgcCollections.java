package org.geoparks.catalogue.ogc;

import static org.geoparks.catalogue.ogc.OgcCollection.Property.column;
import static org.geoparks.catalogue.ogc.OgcCollection.Property.sql;
import static org.geoparks.catalogue.ogc.OgcCollection.Property.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.ogc.OgcCollection.Filter;
import org.geoparks.catalogue.ogc.OgcCollection.JsonLdKind;
import org.geoparks.catalogue.ogc.OgcCollection.Property;
import org.geoparks.catalogue.ogc.OgcCollection.Temporal;
import org.geoparks.catalogue.place.PlaceKind;
import org.springframework.stereotype.Component;

/** Every collection of the map service, declared in one place. */
@Component
public class OgcCollections {

    private static final List<String> PLACE_KINDS = java.util.Arrays.stream(PlaceKind.values()).map(PlaceKind::code).toList();

    private final Map<String, OgcCollection> collections = new LinkedHashMap<>();

    public OgcCollections() {
        add(parks());
        add(places("places", null, t("Places", "Điểm di sản", "地点"),
                t("Every place of the catalogued geoparks: geosites, caves, waterfalls, relics, villages, viewpoints…",
                        "Mọi điểm của các công viên địa chất: điểm di sản địa chất, hang động, thác nước, di tích, làng nghề, điểm ngắm cảnh…",
                        "地质公园的所有地点：地质遗迹、洞穴、瀑布、古迹、村落、观景点……")));
        add(places("caves", PlaceKind.CAVE, t("Caves", "Hang động", "洞穴"), t("The caves of the geoparks.", "Các hang động của công viên địa chất.", "地质公园的洞穴。")));
        add(places("geosites", PlaceKind.GEOSITE, t("Geosites", "Điểm di sản địa chất", "地质遗迹点"),
                t("Geosites: places of geological heritage.", "Các điểm di sản địa chất.", "地质遗迹点。")));
        add(places("waterfalls", PlaceKind.WATERFALL, t("Waterfalls", "Thác nước", "瀑布"), t("The waterfalls of the geoparks.", "Các thác nước của công viên địa chất.", "地质公园的瀑布。")));
        add(places("relics", PlaceKind.HISTORICAL_RELIC, t("Historical relics", "Di tích lịch sử", "历史遗迹"),
                t("Historical relics.", "Các di tích lịch sử.", "历史遗迹。")));
        add(places("fossil-sites", PlaceKind.FOSSIL_SITE, t("Fossil sites", "Điểm hóa thạch", "化石点"),
                t("Fossil sites; their positions are generalised for the public.", "Các điểm hóa thạch; vị trí được làm mờ với công chúng.", "化石点；公众看到的位置经过模糊处理。")));
        add(intangibleHeritage());
        add(partners());
        add(routes());
        add(routeStops());
        add(hazards());
        add(signs());
    }

    private void add(OgcCollection collection) {
        collections.put(collection.id(), collection);
    }

    public List<OgcCollection> all() {
        return List.copyOf(collections.values());
    }

    public Optional<OgcCollection> find(String id) {
        return Optional.ofNullable(collections.get(id));
    }

    private static LocalizedText t(String en, String vi, String zh) {
        return LocalizedText.of(Map.of("en", en, "vi", vi, "zh-Hans", zh));
    }

    private static List<Property> common(List<Property> own) {
        List<Property> all = new ArrayList<>(own);
        all.add(column("source", "sources"));
        all.add(sql("updated", l -> "to_char(t.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"));
        return all;
    }

    private static OgcCollection parks() {
        return new OgcCollection("parks", t("Geoparks", "Công viên địa chất", "地质公园"),
                t("UNESCO Global Geoparks: the two catalogued parks and their partners in the network.",
                        "Các công viên địa chất toàn cầu UNESCO: hai công viên được lập danh mục và các công viên đối tác.",
                        "联合国教科文组织世界地质公园：已编目的两个公园及其网络伙伴。"),
                "park", "boundary", "boundary", "id", null,
                common(List.of(text("name", "name"), text("description", "description"), column("country", "country"),
                        text("managing_body", "managing_body"), column("unesco_year", "unesco_year"),
                        column("languages", "languages"), column("catalogued", "catalogued"),
                        column("boundary_quality", "boundary_quality"), column("website", "website"),
                        sql("partner_parks", l -> "ARRAY(SELECT pp.partner_park_id FROM park_partner pp WHERE pp.park_id = t.id ORDER BY 1)"),
                        column("position_precision", "position_precision"))),
                Map.of("country", Filter.on("country", null)), null, Set.of("park"), JsonLdKind.PARK);
    }

    private static OgcCollection places(String id, PlaceKind kind, LocalizedText title, LocalizedText description) {
        Map<String, Filter> filters = new LinkedHashMap<>();
        filters.put("park", Filter.on("park_id", null));
        filters.put("status", Filter.on("status", List.of("open", "caution", "closed")));
        filters.put("tag", new Filter("tags", true, null));
        if (kind == null) {
            filters.put("kind", Filter.on("kind", PLACE_KINDS));
        }
        return new OgcCollection(id, title, description, "place", "public_geom", "geom", "park_id",
                kind == null ? null : "t.kind = '" + kind.code() + "'",
                common(List.of(column("kind", "kind"), column("park", "park_id"), text("name", "name"),
                        text("description", "description"), column("status", "status"), text("status_reason", "status_reason"),
                        column("sensitivity", "sensitivity"), column("tags", "tags"), column("facilities", "facilities"),
                        text("accessibility", "accessibility"), column("media", "media"), column("elevation_m", "elevation_m"),
                        column("outside_park", "outside_park"), column("position_precision", "position_precision"))),
                filters, null, Set.of("place"), JsonLdKind.ATTRACTION);
    }

    private static OgcCollection intangibleHeritage() {
        return new OgcCollection("intangible-heritage", t("Intangible heritage", "Di sản văn hóa phi vật thể", "非物质文化遗产"),
                t("Living traditions of the geoparks' communities, with the places where they are practised (the geometry gathers those places).",
                        "Các di sản sống của cộng đồng trong công viên địa chất, cùng những nơi thực hành (hình học gom các điểm đó).",
                        "地质公园社区的活态传统及其实践地点（几何为这些地点的集合）。"),
                "ogc_intangible_heritage", "public_geom", "geom", null, null,
                common(List.of(column("category", "category"), text("name", "name"), text("description", "description"),
                        text("communities", "communities"), column("unesco_listing", "unesco_listing"),
                        column("places", "places"), column("parks", "parks"))),
                Map.of("category", Filter.on("category", List.of("performing_art", "ritual", "festival", "craft", "oral_tradition", "cuisine")),
                        "park", new Filter("parks", true, null)),
                null, Set.of("intangible_heritage", "place"), JsonLdKind.CREATIVE_WORK);
    }

    private static OgcCollection partners() {
        return new OgcCollection("partners", t("Geopark partners", "Đối tác công viên địa chất", "地质公园合作伙伴"),
                t("Homestays, hotels, restaurants, shops, OCOP producers, guides and transport of the geopark partner network.",
                        "Nhà nghỉ cộng đồng, khách sạn, nhà hàng, cửa hàng, chủ thể OCOP, hướng dẫn viên và vận chuyển trong mạng lưới đối tác.",
                        "地质公园合作网络中的民宿、酒店、餐厅、商店、OCOP生产者、导游和交通服务。"),
                "partner", "geom", "geom", "park_id", null,
                common(List.of(column("type", "type"), column("park", "park_id"), column("sample", "sample"),
                        text("name", "name"), text("description", "description"),
                        column("certification_number", "certification_number"),
                        column("certification_valid_until", "certification_valid_until"), column("contact", "contact"),
                        column("languages_spoken", "languages_spoken"),
                        sql("products", l -> "(SELECT json_agg(json_build_object('name', " + l.pick("pp.name") + ", 'origin', "
                                + l.pick("pp.origin") + ", 'cultural_meaning', " + l.pick("pp.cultural_meaning") + ", 'ingredients', "
                                + l.pick("pp.ingredients") + ", 'use', " + l.pick("pp.usage") + ", 'storage', " + l.pick("pp.storage")
                                + ", 'ocop_stars', pp.ocop_stars) ORDER BY pp.position) FROM partner_product pp WHERE pp.partner_id = t.id)"),
                        column("position_precision", "position_precision"))),
                Map.of("park", Filter.on("park_id", null),
                        "type", Filter.on("type", List.of("homestay", "hotel", "restaurant", "product_shop", "ocop_producer", "guide", "transport"))),
                null, Set.of("partner"), JsonLdKind.BUSINESS);
    }

    private static OgcCollection routes() {
        return new OgcCollection("routes", t("Routes", "Tuyến tham quan", "游览线路"),
                t("Tour routes and geotrails with their ordered stops; lengths are measured on the ellipsoid, in metres.",
                        "Các tuyến tham quan và tuyến địa chất với các điểm dừng theo thứ tự; chiều dài đo trên ellipsoid, tính bằng mét.",
                        "游览线路与地质步道及其有序站点；长度按椭球面计算，单位为米。"),
                "route", "geom", "geom", "park_id", null,
                common(List.of(column("park", "park_id"), text("name", "name"), text("description", "description"),
                        column("mode", "mode"), column("difficulty", "difficulty"), column("duration_hours", "duration_hours"),
                        sql("length_m", l -> "round(t.length_m)"), column("themes", "themes"), column("seasons", "seasons"),
                        sql("stops", l -> "ARRAY(SELECT rs.place_id FROM route_stop rs WHERE rs.route_id = t.id ORDER BY rs.position)"),
                        column("geometry_quality", "geometry_quality"))),
                Map.of("park", Filter.on("park_id", null), "mode", Filter.on("mode", List.of("walk", "bike", "car", "boat")),
                        "difficulty", Filter.on("difficulty", List.of("easy", "moderate", "hard")), "theme", new Filter("themes", true, null)),
                null, Set.of("route"), JsonLdKind.TRIP);
    }

    private static OgcCollection routeStops() {
        return new OgcCollection("route-stops", t("Route stops", "Điểm dừng của tuyến", "线路站点"),
                t("The stops of every route, in order, at the position of their place.",
                        "Các điểm dừng của mỗi tuyến theo thứ tự, tại vị trí của điểm di sản.",
                        "每条线路按顺序排列的站点，位于其地点的位置。"),
                "ogc_route_stop", "public_geom", "geom", "park_id", null,
                List.of(column("route", "route_id"), column("position", "position"), column("place", "place_id"),
                        column("park", "park_id"), column("kind", "kind"), text("name", "name"),
                        sql("updated", l -> "to_char(t.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")),
                Map.of("route", Filter.on("route_id", null), "park", Filter.on("park_id", null)),
                null, Set.of("route", "place"), JsonLdKind.ATTRACTION);
    }

    private static OgcCollection hazards() {
        return new OgcCollection("hazards", t("Hazards", "Nguy cơ an toàn", "安全隐患"),
                t("Hazards in force now (or at the time asked with datetime): high water, rockfall, landslides, railway crossings, deep water, border zones…",
                        "Các nguy cơ đang có hiệu lực (hoặc vào thời điểm hỏi bằng datetime): nước dâng, đá lở, sạt lở, đường sắt, nước sâu, khu vực biên giới…",
                        "当前（或按 datetime 指定时间）有效的安全隐患：涨水、落石、滑坡、铁路道口、深水、边境区……"),
                "hazard", "geom", "geom", "park_id", null,
                common(List.of(column("type", "type"), column("park", "park_id"), column("place", "place_id"),
                        column("severity", "severity"), column("status", "status"),
                        sql("valid_from", l -> "to_char(t.valid_from AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"),
                        sql("valid_until", l -> "to_char(t.valid_until AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"),
                        text("title", "title"), text("advice", "advice"), column("position_precision", "position_precision"))),
                Map.of("park", Filter.on("park_id", null), "place", Filter.on("place_id", null),
                        "type", Filter.on("type", List.of("high_water", "flash_flood", "rockfall", "landslide", "railway_crossing",
                                "slippery_path", "deep_water", "border_zone", "steep_drop", "low_ceiling")),
                        "severity", Filter.on("severity", List.of("low", "moderate", "high", "extreme")),
                        "status", Filter.on("status", List.of("active", "seasonal", "resolved"))),
                new Temporal("valid_from", "valid_until", true), Set.of("hazard"), JsonLdKind.ANNOUNCEMENT);
    }

    private static OgcCollection signs() {
        return new OgcCollection("signs", t("Signs", "Biển báo", "标识牌"),
                t("The signage inventory: interpretation boards, direction, warning and safety signs, with their condition.",
                        "Danh mục biển báo: bảng thuyết minh, biển chỉ dẫn, cảnh báo và an toàn, cùng tình trạng của chúng.",
                        "标识清单：解说牌、指示牌、警示牌和安全牌及其状况。"),
                "sign", "geom", "geom", "park_id", null,
                common(List.of(column("type", "type"), column("park", "park_id"), column("condition", "condition"),
                        column("installed", "installed_on"), column("last_inspected", "last_inspected_on"),
                        column("languages", "languages"), column("serves_place", "serves_place_id"),
                        column("serves_hazard", "serves_hazard_id"), text("text", "text"), column("photo", "photo_url"),
                        column("sample", "sample"), column("position_precision", "position_precision"))),
                Map.of("park", Filter.on("park_id", null),
                        "type", Filter.on("type", List.of("interpretation", "direction", "warning", "safety")),
                        "condition", Filter.on("condition", List.of("good", "fair", "damaged", "missing"))),
                null, Set.of("sign"), JsonLdKind.PLACE);
    }
}
