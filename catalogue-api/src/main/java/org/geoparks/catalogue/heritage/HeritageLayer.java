package org.geoparks.catalogue.heritage;

import static org.geoparks.catalogue.layer.Texts.trilingual;

import java.util.List;
import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.layer.DraftReader;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.FieldType;
import org.geoparks.catalogue.layer.FieldValues;
import org.geoparks.catalogue.layer.JsonLdType;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.layer.LayerGeometry;
import org.geoparks.catalogue.layer.SearchRole;

/**
 * The intangible heritage layer, declared once. A tradition has no position of its own: the map
 * service shows it at the places where it is practised (a view gathers their public positions).
 */
public final class HeritageLayer {

    static final Field CATEGORY = Field.code("category", HeritageCategory.class).inTiles().filter().search(SearchRole.LABEL);
    static final Field NAME = Field.text("name").jsonLd("name").search(SearchRole.NAME);
    static final Field DESCRIPTION = Field.text("description").jsonLd("description").search(SearchRole.TEXT);
    static final Field COMMUNITIES = Field.text("communities").search(SearchRole.TEXT);
    static final Field TRANSLITERATED = Field.of("transliterated", FieldType.LANGUAGES);
    static final Field UNESCO_LISTING = Field.of("unesco_listing", FieldType.STRING);
    static final Field PLACES = Field.of("places", FieldType.REFERENCES).referencing("place").search(SearchRole.TEXT)
            .describedAs("The places where it is practised or shown.");
    static final Field PARKS = Field.of("parks", FieldType.REFERENCES).filter("park").search(SearchRole.FACET).facetAs("park");
    static final Field SOURCES = Field.sources();
    static final Field UPDATED = Field.updated();

    public static final LayerDeclaration<IntangibleHeritageDraft> DECLARATION = LayerDeclaration
            .<IntangibleHeritageDraft>builder("intangible-heritage", "intangible_heritage")
            .alsoKnownAs("intangible")
            .title(trilingual("Intangible heritage", "Di sản văn hóa phi vật thể", "非物质文化遗产"))
            .description(trilingual(
                    "Living traditions of the geoparks' communities, with the places where they are practised (the geometry gathers those places).",
                    "Các di sản sống của cộng đồng trong công viên địa chất, cùng những nơi thực hành (hình học gom các điểm đó).",
                    "地质公园社区的活态传统及其实践地点（几何为这些地点的集合）。"))
            .table("intangible_heritage")
            .readFrom("ogc_intangible_heritage")
            .geometry(LayerGeometry.withPublicColumn("public_geom", "geom", Geometries.ANY, false))
            .dependsOn("place")
            .searched(0.9f)
            .jsonLd(JsonLdType.of("CreativeWork"))
            .fields(CATEGORY, NAME, DESCRIPTION, COMMUNITIES, TRANSLITERATED, UNESCO_LISTING, PLACES, PARKS, SOURCES, UPDATED)
            .reader(DraftReader.single(HeritageLayer::draft))
            .build();

    private HeritageLayer() {
    }

    static IntangibleHeritageDraft draft(FieldValues v) {
        List<String> parks = v.strings(PARKS).isEmpty() && v.defaultPark() != null ? List.of(v.defaultPark()) : v.strings(PARKS);
        return new IntangibleHeritageDraft(v.id(), v.code(CATEGORY, HeritageCategory.class), v.text(NAME), v.text(DESCRIPTION),
                v.text(COMMUNITIES), v.strings(TRANSLITERATED), v.string(UNESCO_LISTING), parks, v.strings(PLACES), v.strings(SOURCES));
    }
}
