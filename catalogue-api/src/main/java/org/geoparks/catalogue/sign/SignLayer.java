package org.geoparks.catalogue.sign;

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

/** The signage inventory — interpretation boards, direction, warning and safety signs — declared once. */
public final class SignLayer {

    static final Field TYPE = Field.code("type", SignType.class).inTiles().filter().search(SearchRole.LABEL).facetAs("sign_type");
    static final Field PARK = Field.stored("park", FieldType.REFERENCE, "park_id").filter().search(SearchRole.FACET);
    static final Field CONDITION = Field.code("condition", SignCondition.class).inTiles().filter().search(SearchRole.LABEL);
    static final Field INSTALLED = Field.stored("installed", FieldType.DATE, "installed_on");
    static final Field LAST_INSPECTED = Field.stored("last_inspected", FieldType.DATE, "last_inspected_on");
    static final Field LANGUAGES = Field.of("languages", FieldType.LANGUAGES).search(SearchRole.FACET).facetAs("language").describedAs("The languages the sign is written in.");
    static final Field SERVES_PLACE = Field.stored("serves_place", FieldType.REFERENCE, "serves_place_id").referencing("place")
            .search(SearchRole.TEXT);
    static final Field SERVES_HAZARD = Field.stored("serves_hazard", FieldType.REFERENCE, "serves_hazard_id").referencing("hazard")
            .search(SearchRole.TEXT);
    static final Field TEXT = Field.text("text").jsonLd("description").search(SearchRole.TEXT);
    static final Field PHOTO = Field.stored("photo", FieldType.STRING, "photo_url");
    static final Field SAMPLE = Field.of("sample", FieldType.BOOLEAN)
            .describedAs("true where the condition and dates are illustrative rather than a real inspection's.");
    static final Field RETIRED = Field.stored("retired", FieldType.DATE, "retired_on")
            .describedAs("The day the sign was taken down; it stays in the inventory.");
    static final Field RETIREMENT_REASON = Field.text("retirement_reason");
    static final Field POSITION_PRECISION = Field.positionPrecision();
    static final Field SOURCES = Field.sources();
    static final Field UPDATED = Field.updated();
    static final Field VERSION = Field.version();

    public static final LayerDeclaration<SignDraft> DECLARATION = LayerDeclaration.<SignDraft>builder("signs", "sign")
            .title(trilingual("Signs", "Biển báo", "标识牌"))
            .description(trilingual(
                    "The signage inventory: interpretation boards, direction, warning and safety signs, with their condition.",
                    "Danh mục biển báo: bảng thuyết minh, biển chỉ dẫn, cảnh báo và an toàn, cùng tình trạng của chúng.",
                    "标识清单：解说牌、指示牌、警示牌和安全牌及其状况。"))
            .table("sign")
            .geometry(LayerGeometry.aroundProtectedSites("geom",
                    "ARRAY[t.serves_place_id, (SELECT h.place_id FROM hazard h WHERE h.id = t.serves_hazard_id)]", Geometries.POINT, true))
            .dependsOn("place", "hazard")
            .parkColumn("park_id")
            .searched(0.5f)
            .jsonLd(JsonLdType.of("Place"))
            .fields(TYPE, PARK, CONDITION, INSTALLED, LAST_INSPECTED, LANGUAGES, SERVES_PLACE, SERVES_HAZARD, TEXT, PHOTO, SAMPLE,
                    RETIRED, RETIREMENT_REASON, POSITION_PRECISION, SOURCES, UPDATED, VERSION)
            .subset(new Subset("signs-in-service", trilingual("Signs in service", "Biển báo đang sử dụng", "在用标识牌"),
                    trilingual("The signs standing in the parks: the inventory without the signs taken down.",
                            "Các biển báo đang dựng trong công viên: danh mục trừ các biển đã tháo dỡ.",
                            "园区内在用的标识牌：不含已拆除的标识牌。"), "t.retired_on IS NULL"))
            .safetyData()
            .reader(DraftReader.single(SignLayer::draft))
            .build();

    private SignLayer() {
    }

    static SignDraft draft(FieldValues v) {
        return new SignDraft(v.id(), v.park(PARK), v.code(TYPE, SignType.class), v.code(CONDITION, SignCondition.class),
                v.date(INSTALLED), v.date(LAST_INSPECTED), v.strings(LANGUAGES), v.string(SERVES_PLACE), v.string(SERVES_HAZARD),
                v.text(TEXT), v.string(PHOTO), v.bool(SAMPLE, false), Geometries.asPoint("geometry", v.geometry()), v.strings(SOURCES),
                v.string(POSITION_PRECISION), v.date(RETIRED), v.text(RETIREMENT_REASON));
    }
}
