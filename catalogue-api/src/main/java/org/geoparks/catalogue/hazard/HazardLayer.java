package org.geoparks.catalogue.hazard;

import static org.geoparks.catalogue.layer.Texts.trilingual;

import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.layer.DraftReader;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.FieldType;
import org.geoparks.catalogue.layer.FieldValues;
import org.geoparks.catalogue.layer.JsonLdType;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.layer.LayerGeometry;
import org.geoparks.catalogue.layer.SearchRole;
import org.geoparks.catalogue.layer.Subset;
import org.geoparks.catalogue.layer.Temporal;

/** The hazards layer — high water, rockfall, railway crossings, border zones… in force for a time — declared once. */
public final class HazardLayer {

    static final Field TYPE = Field.code("type", HazardType.class).inTiles().filter().search(SearchRole.LABEL).facetAs("hazard_type");
    static final Field PARK = Field.stored("park", FieldType.REFERENCE, "park_id").filter().search(SearchRole.FACET);
    static final Field PLACE = Field.stored("place", FieldType.REFERENCE, "place_id").filter().referencing("place").search(SearchRole.TEXT);
    static final Field SEVERITY = Field.code("severity", Severity.class).inTiles().filter().search(SearchRole.FACET);
    static final Field STATUS = Field.code("status", HazardStatus.class).inTiles().filter().search(SearchRole.FACET);
    static final Field VALID_FROM = Field.of("valid_from", FieldType.INSTANT).jsonLd("datePosted");
    static final Field VALID_UNTIL = Field.of("valid_until", FieldType.INSTANT).jsonLd("expires")
            .describedAs("When the hazard stops being in force (exclusive); absent while it has no known end.");
    static final Field SEASON_START = Field.of("season_start", FieldType.MONTH_DAY)
            .describedAs("The first day (MM-DD, Vietnam's calendar) of the season the hazard recurs in every year.");
    static final Field SEASON_END = Field.of("season_end", FieldType.MONTH_DAY)
            .describedAs("The last day (MM-DD) of that season; before the first for a season across the new year.");
    static final Field TITLE = Field.text("title").jsonLd("name").search(SearchRole.NAME);
    static final Field ADVICE = Field.text("advice").jsonLd("text").search(SearchRole.TEXT);
    static final Field PLACE_EFFECT = Field.code("place_effect", PlaceEffect.class).filter()
            .describedAs("What the hazard does to its place while in force: none, caution (visitors are warned) or closed; the place's status follows.");
    static final Field RESOLUTION = Field.text("resolution").describedAs("Why the hazard was resolved.");
    static final Field POSITION_PRECISION = Field.positionPrecision();
    static final Field SOURCES = Field.sources();
    static final Field UPDATED = Field.updated();
    static final Field VERSION = Field.version();

    public static final LayerDeclaration<HazardDraft> DECLARATION = LayerDeclaration.<HazardDraft>builder("hazards", "hazard")
            .title(trilingual("Hazards", "Nguy cơ an toàn", "安全隐患"))
            .description(trilingual(
                    "Every hazard recorded — high water, rockfall, landslides, railway crossings, deep water, border zones… — past, present and seasonal; datetime selects those in force at a time.",
                    "Mọi nguy cơ đã ghi nhận — nước dâng, đá lở, sạt lở, đường sắt, nước sâu, khu vực biên giới… — đã qua, hiện tại và theo mùa; datetime chọn những nguy cơ có hiệu lực vào một thời điểm.",
                    "所有已记录的安全隐患（涨水、落石、滑坡、铁路道口、深水、边境区……），包括过去、当前和季节性的；datetime 可选出某一时间有效的隐患。"))
            .subset(Subset.inForceNow("hazards-in-force", trilingual("Hazards in force now", "Nguy cơ đang có hiệu lực", "当前有效的安全隐患"),
                    trilingual("The hazards in force at this moment, seasons included (or at the time asked with datetime).",
                            "Các nguy cơ đang có hiệu lực lúc này, kể cả theo mùa (hoặc vào thời điểm hỏi bằng datetime).",
                            "此刻有效的安全隐患，包括季节性隐患（或按 datetime 指定的时间）。")))
            .table("hazard")
            .geometry(LayerGeometry.aroundProtectedSites("geom", "ARRAY[t.place_id]", Geometries.ANY, true))
            .dependsOn("place")
            .parkColumn("park_id")
            .searched(0.7f)
            .temporal(new Temporal("valid_from", "valid_until", "season_start", "season_end", "status", HazardStatus.RESOLVED.code()))
            .jsonLd(JsonLdType.of("SpecialAnnouncement").withExtras((node, p) ->
                    node.putObject("spatialCoverage").put("@type", "Place").set("geo", node.path("geo").deepCopy())))
            .fields(TYPE, PARK, PLACE, SEVERITY, STATUS, VALID_FROM, VALID_UNTIL, SEASON_START, SEASON_END, TITLE, ADVICE,
                    PLACE_EFFECT, RESOLUTION, POSITION_PRECISION, SOURCES, UPDATED, VERSION)
            .safetyData()
            .reader(DraftReader.single(HazardLayer::draft))
            .build();

    private HazardLayer() {
    }

    static HazardDraft draft(FieldValues v) {
        return new HazardDraft(v.id(), v.park(PARK), v.string(PLACE), v.code(TYPE, HazardType.class), v.code(SEVERITY, Severity.class),
                v.code(STATUS, HazardStatus.class), v.instant(VALID_FROM), v.instant(VALID_UNTIL), v.monthDay(SEASON_START), v.monthDay(SEASON_END), v.text(TITLE), v.text(ADVICE),
                v.geometry(), v.strings(SOURCES), v.string(POSITION_PRECISION), v.code(PLACE_EFFECT, PlaceEffect.class), v.text(RESOLUTION));
    }
}
