package org.geoparks.catalogue.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What each layer contributes to search — the one class that knows the layers' fields: which
 * texts are searched, what a record is filtered and faceted by, its labels in three languages,
 * and the public geometry it may be found at. Read with SQL of its own from the layers' tables.
 *
 * <p>Geometries are read through {@link #publicGeometry}: a place's {@code public_geom}, and for
 * the records that point at a place (hazards, signs, intangible heritage) what the public may see
 * of that place, so that a protected site's position cannot be found through them.
 */
@Component
class SearchDocuments implements SearchDocumentSource {

    private static final int CHUNK = 1000;
    private static final TypeReference<List<Map<String, String>>> TEXTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate streaming;
    private volatile Set<String> placeColumns;

    SearchDocuments(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.streaming = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        streaming.setReadOnly(true);
    }

    /** The layers: the change log's entity type, the documents' layer and collection, and their weight. */
    enum Layer {
        PLACE("place", "place", "places", 1.0f),
        HERITAGE("intangible_heritage", "intangible-heritage", "intangible-heritage", 0.9f),
        PARTNER("partner", "partner", "partners", 0.75f),
        PRODUCT("partner", "product", "partners", 0.7f),
        ROUTE("route", "route", "routes", 0.85f),
        HAZARD("hazard", "hazard", "hazards", 0.7f),
        SIGN("sign", "sign", "signs", 0.5f);

        final String entityType;
        final String layer;
        final String collection;
        final float rank;

        Layer(String entityType, String layer, String collection, float rank) {
            this.entityType = entityType;
            this.layer = layer;
            this.collection = collection;
            this.rank = rank;
        }
    }

    /** The layer names documents carry, for the API's validation. */
    static final List<String> LAYERS = Arrays.stream(Layer.values()).map(l -> l.layer).distinct().toList();

    /** The kinds documents carry: every place kind, and the other layers by name. */
    static final List<String> KINDS;

    static {
        List<String> kinds = new ArrayList<>(List.of("geosite", "cave", "waterfall", "lake", "landform", "fossil_site",
                "archaeological_site", "historical_relic", "religious_site", "craft_village", "viewpoint", "information_centre"));
        LAYERS.stream().filter(l -> !l.equals("place")).forEach(kinds::add);
        KINDS = List.copyOf(kinds);
    }

    @Override
    public boolean follows(String entityType) {
        return Arrays.stream(Layer.values()).anyMatch(l -> l.entityType.equals(entityType));
    }

    @Override
    public void readAll(Consumer<SearchDocument> sink) {
        streaming.executeWithoutResult(status -> {
            for (Layer layer : Layer.values()) {
                jdbc.query(connection -> {
                    var ps = connection.prepareStatement(sql(layer, false));
                    ps.setFetchSize(2000);
                    return ps;
                }, rs -> {
                    sink.accept(document(layer, rs));
                });
            }
        });
    }

    @Override
    public Map<RecordRef, List<SearchDocument>> read(Collection<RecordRef> owners) {
        Map<RecordRef, List<SearchDocument>> out = new LinkedHashMap<>();
        owners.forEach(o -> out.put(o, new ArrayList<>()));
        for (Layer layer : Layer.values()) {
            List<String> ids = owners.stream().filter(o -> o.entityType().equals(layer.entityType)).map(RecordRef::id).distinct().toList();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                String[] chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(String[]::new);
                jdbc.query(sql(layer, true), rs -> {
                    SearchDocument d = document(layer, rs);
                    out.get(d.owner()).add(d);
                }, (Object) chunk);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------
    // The SQL of each layer. Every query returns the same columns; see document().

    private String sql(Layer layer, boolean byIds) {
        String select = switch (layer) {
            case PLACE -> {
                Set<String> optional = placeColumns();
                String address = optional.contains("address") ? ", t.address" : "";
                String aliases = optional.contains("aliases") ? "t.aliases" : "'{}'::text[]";
                yield """
                    SELECT t.id AS owner_id, t.id, ARRAY[t.park_id] AS parks, t.kind, t.status, NULL AS partner_type, t.name,
                           jsonb_build_array(t.description, t.status_reason, t.accessibility%s) AS texts,
                           ARRAY['kind:' || t.kind] AS labels, t.tags AS keywords, '[]'::jsonb AS related,
                           %s AS aliases, ARRAY[t.id] AS identifiers, '{}'::text[] AS refs, t.transliterated,
                           NULL::text[] AS languages, %s AS g
                      FROM place t""".formatted(address, aliases, publicGeometry(layer));
            }
            case HERITAGE -> """
                    SELECT t.id AS owner_id, t.id,
                           ARRAY(SELECT k.park_id FROM intangible_heritage_park k WHERE k.heritage_id = t.id ORDER BY 1) AS parks,
                           'intangible-heritage' AS kind, NULL AS status, NULL AS partner_type, t.name,
                           jsonb_build_array(t.description, t.communities) AS texts,
                           ARRAY['layer:intangible-heritage', 'category:' || t.category] AS labels, '{}'::text[] AS keywords,
                           (SELECT coalesce(jsonb_agg(p.name ORDER BY p.id), '[]') FROM intangible_heritage_place hp
                              JOIN place p ON p.id = hp.place_id WHERE hp.heritage_id = t.id) AS related,
                           '{}'::text[] AS aliases, ARRAY[t.id] AS identifiers,
                           ARRAY(SELECT 'place:' || hp.place_id FROM intangible_heritage_place hp WHERE hp.heritage_id = t.id) AS refs,
                           t.transliterated, NULL::text[] AS languages, %s AS g
                      FROM intangible_heritage t""".formatted(publicGeometry(layer));
            case PARTNER -> """
                    SELECT t.id AS owner_id, t.id, ARRAY[t.park_id] AS parks, 'partner' AS kind, NULL AS status, t.type AS partner_type,
                           t.name, jsonb_build_array(t.description) AS texts,
                           ARRAY['layer:partner', 'partner_type:' || t.type] AS labels, '{}'::text[] AS keywords,
                           (SELECT coalesce(jsonb_agg(pp.name ORDER BY pp.position), '[]') FROM partner_product pp
                             WHERE pp.partner_id = t.id) AS related,
                           '{}'::text[] AS aliases, array_remove(ARRAY[t.id, t.certification_number], NULL) AS identifiers,
                           '{}'::text[] AS refs, t.transliterated, NULL::text[] AS languages, %s AS g
                      FROM partner t""".formatted(publicGeometry(layer));
            case PRODUCT -> """
                    SELECT t.id AS owner_id, t.id || '/products/' || pp.position AS id, ARRAY[t.park_id] AS parks, 'product' AS kind,
                           NULL AS status, t.type AS partner_type, pp.name,
                           jsonb_build_array(pp.origin, pp.cultural_meaning, pp.ingredients, pp.usage, pp.storage) AS texts,
                           ARRAY['layer:product'] AS labels, '{}'::text[] AS keywords, jsonb_build_array(t.name) AS related,
                           '{}'::text[] AS aliases, '{}'::text[] AS identifiers, '{}'::text[] AS refs, '{}'::text[] AS transliterated,
                           NULL::text[] AS languages, %s AS g
                      FROM partner t JOIN partner_product pp ON pp.partner_id = t.id""".formatted(publicGeometry(layer));
            case ROUTE -> """
                    SELECT t.id AS owner_id, t.id, ARRAY[t.park_id] AS parks, 'route' AS kind, NULL AS status, NULL AS partner_type,
                           t.name, jsonb_build_array(t.description) AS texts,
                           ARRAY['layer:route', 'route_mode:' || t.mode] AS labels, t.themes AS keywords,
                           (SELECT coalesce(jsonb_agg(p.name ORDER BY rs.position), '[]') FROM route_stop rs
                              JOIN place p ON p.id = rs.place_id WHERE rs.route_id = t.id) AS related,
                           '{}'::text[] AS aliases, ARRAY[t.id] AS identifiers,
                           ARRAY(SELECT DISTINCT 'place:' || rs.place_id FROM route_stop rs WHERE rs.route_id = t.id) AS refs,
                           t.transliterated, NULL::text[] AS languages, %s AS g
                      FROM route t""".formatted(publicGeometry(layer));
            case HAZARD -> """
                    SELECT t.id AS owner_id, t.id, ARRAY[t.park_id] AS parks, 'hazard' AS kind, t.status, NULL AS partner_type,
                           t.title AS name, jsonb_build_array(t.advice) AS texts,
                           ARRAY['layer:hazard', 'hazard_type:' || t.type] AS labels, '{}'::text[] AS keywords,
                           CASE WHEN p.id IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(p.name) END AS related,
                           '{}'::text[] AS aliases, ARRAY[t.id] AS identifiers,
                           array_remove(ARRAY['place:' || t.place_id], NULL) AS refs, '{}'::text[] AS transliterated,
                           NULL::text[] AS languages, %s AS g
                      FROM hazard t LEFT JOIN place p ON p.id = t.place_id""".formatted(publicGeometry(layer));
            case SIGN -> """
                    SELECT t.id AS owner_id, t.id, ARRAY[t.park_id] AS parks, 'sign' AS kind, NULL AS status, NULL AS partner_type,
                           NULL::jsonb AS name, jsonb_build_array(t.text) AS texts,
                           ARRAY['sign_type:' || t.type, 'sign_condition:' || t.condition] AS labels, '{}'::text[] AS keywords,
                           (SELECT coalesce(jsonb_agg(x), '[]') FROM (VALUES (sp.name), (h.title)) v(x) WHERE x IS NOT NULL) AS related,
                           '{}'::text[] AS aliases, ARRAY[t.id] AS identifiers,
                           array_remove(ARRAY['place:' || t.serves_place_id, 'hazard:' || t.serves_hazard_id, 'place:' || h.place_id], NULL) AS refs,
                           '{}'::text[] AS transliterated, t.languages, %s AS g
                      FROM sign t LEFT JOIN place sp ON sp.id = t.serves_place_id
                      LEFT JOIN hazard h ON h.id = t.serves_hazard_id LEFT JOIN place hp ON hp.id = h.place_id""".formatted(publicGeometry(layer));
        };
        String where = byIds ? " WHERE t.id = ANY (?)" : "";
        return "SELECT s.*, ST_AsBinary(s.g) AS wkb, ST_AsGeoJSON(s.g, 6) AS geojson FROM (" + select + where + ") s";
    }

    /**
     * The one rule for what the public may see of a record's position, per layer. Places: their
     * {@code public_geom} (a 0.01° point when generalised, nothing when restricted). Records that
     * point at a protected place take that place's public geometry instead of their own.
     */
    private static String publicGeometry(Layer layer) {
        return switch (layer) {
            case PLACE -> "t.public_geom";
            case HERITAGE -> """
                    (SELECT ST_Collect(p.public_geom ORDER BY p.id) FROM intangible_heritage_place hp JOIN place p ON p.id = hp.place_id
                      WHERE hp.heritage_id = t.id AND p.public_geom IS NOT NULL)""";
            case PARTNER, PRODUCT -> "t.geom";
            // A route through a protected place would draw its exact position: such a route is
            // indexed on the same 0.01° grid as the place's public point.
            case ROUTE -> """
                    CASE WHEN EXISTS (SELECT 1 FROM route_stop rs JOIN place p ON p.id = rs.place_id
                                       WHERE rs.route_id = t.id AND p.sensitivity <> 'public')
                         THEN ST_SnapToGrid(t.geom, 0.01) ELSE t.geom END""";
            case HAZARD -> "CASE WHEN p.sensitivity <> 'public' THEN p.public_geom ELSE t.geom END";
            case SIGN -> """
                    CASE WHEN sp.sensitivity <> 'public' THEN sp.public_geom
                         WHEN hp.sensitivity <> 'public' THEN hp.public_geom ELSE t.geom END""";
        };
    }

    /** The optional place columns present in this database (the address and former names are added later). */
    private Set<String> placeColumns() {
        Set<String> columns = placeColumns;
        if (columns == null) {
            columns = Set.copyOf(jdbc.queryForList("""
                    SELECT column_name FROM information_schema.columns
                     WHERE table_schema = current_schema() AND table_name = 'place' AND column_name IN ('address', 'aliases')""",
                    String.class));
            placeColumns = columns;
        }
        return columns;
    }

    // ---------------------------------------------------------------------------------------

    private SearchDocument document(Layer layer, ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        List<String> labels = strings(rs, "labels");
        List<String> keywords = strings(rs, "keywords");
        List<Map<String, String>> texts = texts(rs.getString("texts"));
        List<Map<String, String>> related = texts(rs.getString("related"));
        LocalizedText name = layer == Layer.SIGN ? signName(id, labels) : localized(rs.getString("name"));

        Map<String, List<String>> text = new LinkedHashMap<>();
        for (String language : LanguagePreference.CATALOGUE_LANGUAGES) {
            List<String> values = new ArrayList<>();
            texts.forEach(t -> add(values, t.get(language)));
            labels.forEach(l -> add(values, Labels.label(l, language)));
            related.forEach(t -> add(values, t.get(language)));
            if (!language.equals("zh-Hans")) {
                keywords.forEach(k -> values.add(k.replace('-', ' ')));
            }
            if (!values.isEmpty()) {
                text.put(language, values);
            }
        }

        Set<String> languages = new LinkedHashSet<>();
        List<String> declared = strings(rs, "languages");
        if (!declared.isEmpty()) {
            languages.addAll(declared);
        } else {
            Map<String, String> main = texts.isEmpty() || texts.get(0).isEmpty() ? name.texts() : texts.get(0);
            languages.addAll(main.keySet());
            strings(rs, "transliterated").forEach(languages::remove);
        }

        Set<RecordRef> refs = new HashSet<>();
        strings(rs, "refs").forEach(r -> refs.add(RecordRef.parse(r)));
        Geometry geometry = geometry(rs.getBytes("wkb"));
        return new SearchDocument(layer.layer, id, new RecordRef(layer.entityType, rs.getString("owner_id")), refs, layer.collection,
                rs.getString("kind"), strings(rs, "parks"), rs.getString("status"), rs.getString("partner_type"), name, text,
                strings(rs, "aliases"), strings(rs, "identifiers"), languages, geometry, geometry == null ? null : rs.getString("geojson"),
                layer.rank);
    }

    /** Signs have no name: "Warning sign cb-sign-002", in each language. */
    private static LocalizedText signName(String id, List<String> labels) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : LanguagePreference.CATALOGUE_LANGUAGES) {
            String type = Labels.label(labels.get(0), language);
            names.put(language, (type == null ? "" : capitalised(type) + " ") + id);
        }
        return LocalizedText.of(names);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    private static void add(List<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value);
        }
    }

    private LocalizedText localized(String jsonText) {
        if (jsonText == null) {
            return LocalizedText.EMPTY;
        }
        try {
            return LocalizedText.of(json.readValue(jsonText, new TypeReference<Map<String, String>>() {
            }));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable text in the catalogue: " + jsonText, e);
        }
    }

    private List<Map<String, String>> texts(String jsonArray) {
        if (jsonArray == null) {
            return List.of();
        }
        try {
            List<Map<String, String>> all = json.readValue(jsonArray, TEXTS);
            return all.stream().map(m -> m == null ? Map.<String, String>of() : m).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable texts in the catalogue: " + jsonArray, e);
        }
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) {
            if (v != null) {
                out.add(v.toString());
            }
        }
        return out;
    }

    private static Geometry geometry(byte[] wkb) {
        if (wkb == null) {
            return null;
        }
        try {
            return new WKBReader().read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable geometry from PostGIS", e);
        }
    }

    /** The words of the codes documents are labelled with, in each language, so that "hang động" or "warning sign" find them. */
    static final class Labels {
        private static final Map<String, String[]> LABELS = new LinkedHashMap<>();

        private static void put(String code, String vi, String en, String zh) {
            LABELS.put(code, new String[] {vi, en, zh});
        }

        static {
            put("kind:geosite", "điểm di sản địa chất", "geosite geological site", "地质遗迹点");
            put("kind:cave", "hang động", "cave", "洞穴");
            put("kind:waterfall", "thác nước", "waterfall", "瀑布");
            put("kind:lake", "hồ", "lake", "湖泊");
            put("kind:landform", "địa hình núi đèo thung lũng", "landform mountain pass valley", "地貌");
            put("kind:fossil_site", "điểm hóa thạch", "fossil site", "化石点");
            put("kind:archaeological_site", "di chỉ khảo cổ", "archaeological site", "考古遗址");
            put("kind:historical_relic", "di tích lịch sử", "historical relic historic site", "历史遗迹");
            put("kind:religious_site", "đền chùa", "temple pagoda religious site", "寺庙");
            put("kind:craft_village", "làng nghề", "craft village", "手工艺村");
            put("kind:viewpoint", "điểm ngắm cảnh", "viewpoint", "观景点");
            put("kind:information_centre", "trung tâm thông tin bảo tàng", "information centre museum", "信息中心");
            put("layer:intangible-heritage", "di sản văn hóa phi vật thể", "intangible heritage", "非物质文化遗产");
            put("layer:partner", "đối tác", "partner", "合作伙伴");
            put("layer:product", "sản phẩm", "product", "产品");
            put("layer:route", "tuyến tham quan", "route tour", "游览线路");
            put("layer:hazard", "nguy cơ cảnh báo", "hazard warning", "安全隐患");
            put("category:performing_art", "nghệ thuật trình diễn", "performing art", "表演艺术");
            put("category:ritual", "nghi lễ", "ritual", "仪式");
            put("category:festival", "lễ hội", "festival", "节日");
            put("category:craft", "nghề thủ công", "craft", "手工艺");
            put("category:oral_tradition", "truyền khẩu", "oral tradition", "口头传统");
            put("category:cuisine", "ẩm thực", "cuisine food", "美食");
            put("partner_type:homestay", "nhà nghỉ cộng đồng homestay", "homestay", "民宿");
            put("partner_type:hotel", "khách sạn", "hotel", "酒店");
            put("partner_type:restaurant", "nhà hàng quán ăn", "restaurant", "餐厅");
            put("partner_type:product_shop", "cửa hàng", "shop", "商店");
            put("partner_type:ocop_producer", "chủ thể OCOP", "OCOP producer", "OCOP生产者");
            put("partner_type:guide", "hướng dẫn viên", "guide", "导游");
            put("partner_type:transport", "vận chuyển", "transport", "交通");
            put("route_mode:walk", "đi bộ", "walk hike", "步行");
            put("route_mode:bike", "xe đạp", "bike cycling", "骑行");
            put("route_mode:car", "ô tô", "car drive", "自驾");
            put("route_mode:boat", "thuyền", "boat", "乘船");
            put("hazard_type:high_water", "nước dâng", "high water flooding", "涨水");
            put("hazard_type:flash_flood", "lũ quét", "flash flood", "山洪");
            put("hazard_type:rockfall", "đá lở", "rockfall", "落石");
            put("hazard_type:landslide", "sạt lở", "landslide", "滑坡");
            put("hazard_type:railway_crossing", "đường sắt", "railway crossing", "铁路道口");
            put("hazard_type:slippery_path", "đường trơn", "slippery path", "路滑");
            put("hazard_type:deep_water", "nước sâu", "deep water", "深水");
            put("hazard_type:border_zone", "khu vực biên giới", "border zone", "边境地区");
            put("hazard_type:steep_drop", "vực dốc", "steep drop", "陡坡");
            put("hazard_type:low_ceiling", "trần thấp", "low ceiling", "低矮洞顶");
            put("sign_type:interpretation", "bảng thuyết minh", "interpretation board", "解说牌");
            put("sign_type:direction", "biển chỉ dẫn", "direction sign", "指示牌");
            put("sign_type:warning", "biển cảnh báo", "warning sign", "警示牌");
            put("sign_type:safety", "biển an toàn", "safety sign", "安全牌");
            put("sign_condition:good", "tốt", "good", "良好");
            put("sign_condition:fair", "khá", "fair", "一般");
            put("sign_condition:damaged", "hư hỏng", "damaged", "损坏");
            put("sign_condition:missing", "bị mất", "missing", "缺失");
        }

        static String label(String code, String language) {
            String[] words = LABELS.get(code);
            if (words == null) {
                return null;
            }
            return switch (language) {
                case "vi" -> words[0];
                case "en" -> words[1];
                case "zh-Hans" -> words[2];
                default -> null;
            };
        }
    }
}
