package org.geoparks.catalogue.place;

import static org.geoparks.catalogue.layer.Texts.trilingual;

import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.layer.DraftReader;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.FieldType;
import org.geoparks.catalogue.layer.FieldValues;
import org.geoparks.catalogue.layer.JsonLdType;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.layer.LayerGeometry;
import org.geoparks.catalogue.layer.SearchRole;
import org.geoparks.catalogue.layer.Subset;
import org.locationtech.jts.geom.MultiPolygon;

/** The places layer — geosites, caves, waterfalls, relics, villages, viewpoints — declared once. */
public final class PlaceLayer {

    static final Field PARK = Field.stored("park", FieldType.REFERENCE, "park_id").filter().search(SearchRole.FACET);
    static final Field KIND = Field.code("kind", PlaceKind.class).inTiles().filter().jsonLd("touristType").search(SearchRole.LABEL);
    static final Field NAME = Field.text("name").jsonLd("name").search(SearchRole.NAME);
    static final Field DESCRIPTION = Field.text("description").jsonLd("description").search(SearchRole.TEXT);
    static final Field ADDRESS = Field.text("address").search(SearchRole.TEXT)
            .describedAs("The address in the administrative units in force (commune or ward, province).");
    static final Field TRANSLITERATED = Field.of("transliterated", FieldType.LANGUAGES)
            .describedAs("The languages in which the name is a transliteration of the Vietnamese name, not a published one.");
    static final Field ALIASES = Field.of("aliases", FieldType.STRINGS).search(SearchRole.NAME)
            .describedAs("Other names people use or used: former addresses, old spellings, names on old signs.");
    /*
     * The status visitors read, filter on and see on tiles is the status in effect: the stronger of
     * the place's own status (what files and its managers give) and that of the hazards in force
     * that close or caution it (migration V31).
     */
    static final Field STATUS = Field.code("status", PlaceStatus.class).withSql(language -> "t.effective_status")
            .inTiles().filter().search(SearchRole.FACET)
            .describedAs("Whether visitors may go now: the place's own status, or a hazard's in force that closes or cautions it.");
    static final Field STATUS_REASON = Field.text("status_reason").withSql(language -> language.pick("t.effective_status_reason"))
            .search(SearchRole.TEXT).searchedAs("jsonb_build_array(t.effective_status_reason)");
    static final Field REOPENS = Field.stored("reopens", FieldType.DATE, "reopens_on").withSql(language -> "t.effective_reopens_on")
            .describedAs("When a closed or cautioned place is expected to be open again, if anybody knows.");
    static final Field STATUS_SINCE = Field.computed("status_since", FieldType.INSTANT,
                    language -> "to_char(t.effective_status_since AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
            .describedAs("Since when the status has been what it is.");
    static final Field SENSITIVITY = Field.code("sensitivity", Sensitivity.class)
            .describedAs("public: exact position; generalised: a point about 1 km from the site; restricted: no position.");
    static final Field TAGS = Field.of("tags", FieldType.STRINGS).filter("tag").search(SearchRole.KEYWORD);
    static final Field FACILITIES = Field.of("facilities", FieldType.STRINGS);
    static final Field ACCESSIBILITY = Field.text("accessibility").jsonLd("accessibilitySummary").search(SearchRole.TEXT);
    static final Field MEDIA = Field.of("media", FieldType.OBJECTS);
    static final Field ELEVATION = Field.of("elevation_m", FieldType.NUMBER);
    static final Field OUTSIDE_PARK = Field.of("outside_park", FieldType.STRING);
    /** A protected site's zone outlines the site itself: only its park's managers may see it. */
    static final Field PROTECTION_ZONE = Field.of("protection_zone", FieldType.OBJECT)
            .withSql(language -> "ST_AsGeoJSON(t.protection_zone, 6)::json").managersOnly();
    /** Whatever else the source said, kept for managers; not part of the published record. */
    static final Field ATTRIBUTES = Field.of("attributes", FieldType.OBJECT).managersOnly();
    static final Field POSITION_PRECISION = Field.positionPrecision();
    static final Field POSITION_NOTE = Field.of("position_note", FieldType.STRING);
    static final Field SOURCES = Field.sources();
    static final Field UPDATED = Field.updated();
    static final Field VERSION = Field.version();

    public static final LayerDeclaration<PlaceDraft> DECLARATION = LayerDeclaration.<PlaceDraft>builder("places", "place")
            .title(trilingual("Places", "Điểm di sản", "地点"))
            .description(trilingual(
                    "Every place of the catalogued geoparks: geosites, caves, waterfalls, relics, villages, viewpoints…",
                    "Mọi điểm của các công viên địa chất: điểm di sản địa chất, hang động, thác nước, di tích, làng nghề, điểm ngắm cảnh…",
                    "地质公园的所有地点：地质遗迹、洞穴、瀑布、古迹、村落、观景点……"))
            .table("place")
            .geometry(LayerGeometry.withPublicColumn("public_geom", "geom", Geometries.POINT_OR_AREA, true))
            .parkColumn("park_id")
            .searched(1.0f)
            .jsonLd(JsonLdType.of("TouristAttraction").withExtras((node, p) -> node.put("isAccessibleForFree", true)))
            .fields(KIND, PARK, NAME, DESCRIPTION, ADDRESS, TRANSLITERATED, ALIASES, STATUS, STATUS_REASON, REOPENS, STATUS_SINCE,
                    SENSITIVITY, TAGS, FACILITIES, ACCESSIBILITY, MEDIA, ELEVATION, OUTSIDE_PARK, PROTECTION_ZONE, ATTRIBUTES,
                    POSITION_PRECISION, POSITION_NOTE, SOURCES, UPDATED, VERSION)
            // whether visitors may go, where the place is and what protects it: its managers' to change
            .safetyData(STATUS, STATUS_REASON, REOPENS, SENSITIVITY, PROTECTION_ZONE, OUTSIDE_PARK, POSITION_PRECISION, POSITION_NOTE)
            .subset(kind("caves", PlaceKind.CAVE, trilingual("Caves", "Hang động", "洞穴"),
                    trilingual("The caves of the geoparks.", "Các hang động của công viên địa chất.", "地质公园的洞穴。")))
            .subset(kind("geosites", PlaceKind.GEOSITE, trilingual("Geosites", "Điểm di sản địa chất", "地质遗迹点"),
                    trilingual("Geosites: places of geological heritage.", "Các điểm di sản địa chất.", "地质遗迹点。")))
            .subset(kind("waterfalls", PlaceKind.WATERFALL, trilingual("Waterfalls", "Thác nước", "瀑布"),
                    trilingual("The waterfalls of the geoparks.", "Các thác nước của công viên địa chất.", "地质公园的瀑布。")))
            .subset(kind("relics", PlaceKind.HISTORICAL_RELIC, trilingual("Historical relics", "Di tích lịch sử", "历史遗迹"),
                    trilingual("Historical relics.", "Các di tích lịch sử.", "历史遗迹。")))
            .subset(kind("fossil-sites", PlaceKind.FOSSIL_SITE, trilingual("Fossil sites", "Điểm hóa thạch", "化石点"),
                    trilingual("Fossil sites; their positions are generalised for the public.",
                            "Các điểm hóa thạch; vị trí được làm mờ với công chúng.", "化石点；公众看到的位置经过模糊处理。")))
            .reader(DraftReader.single(PlaceLayer::draft))
            .build();

    private PlaceLayer() {
    }

    private static MultiPolygon protectionZone(FieldValues v) {
        return Geometries.asMultiPolygon(PROTECTION_ZONE.name(), v.geometry(PROTECTION_ZONE));
    }

    private static Subset kind(String id, PlaceKind kind, LocalizedText title, LocalizedText description) {
        return new Subset(id, title, description, "t.kind = '" + kind.code() + "'");
    }

    static PlaceDraft draft(FieldValues v) {
        return new PlaceDraft(v.id(), v.park(PARK), v.code(KIND, PlaceKind.class), v.text(NAME), v.text(DESCRIPTION),
                v.text(ADDRESS), v.strings(TRANSLITERATED), v.strings(ALIASES), v.code(STATUS, PlaceStatus.class), v.text(STATUS_REASON),
                v.code(SENSITIVITY, Sensitivity.class), v.geometry(), protectionZone(v),
                v.strings(TAGS), v.strings(FACILITIES), v.text(ACCESSIBILITY), v.objects(MEDIA, MediaLink.class),
                v.number(ELEVATION), v.string(OUTSIDE_PARK), v.map(ATTRIBUTES), v.strings(SOURCES),
                v.string(POSITION_PRECISION), v.string(POSITION_NOTE), v.date(REOPENS));
    }

}
