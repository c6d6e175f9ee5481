package org.geoparks.catalogue.park;

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

/** The parks layer — the catalogued parks and their partners in the network — declared once. */
public final class ParkLayer {

    static final Field NAME = Field.text("name").jsonLd("name").search(SearchRole.NAME);
    static final Field DESCRIPTION = Field.text("description").jsonLd("description").search(SearchRole.TEXT);
    static final Field COUNTRY = Field.of("country", FieldType.STRING).filter().search(SearchRole.FACET)
            .describedAs("ISO 3166-1 alpha-2 code of the park's country.");
    static final Field MANAGING_BODY = Field.text("managing_body");
    static final Field UNESCO_YEAR = Field.of("unesco_year", FieldType.INTEGER);
    static final Field LANGUAGES = Field.of("languages", FieldType.LANGUAGES)
            .describedAs("The languages the park serves visitors in.");
    static final Field CATALOGUED = Field.of("catalogued", FieldType.BOOLEAN)
            .describedAs("Whether the park's places are catalogued here (network parks give only their boundary).");
    static final Field BOUNDARY_QUALITY = Field.code("boundary_quality", BoundaryQuality.class);
    static final Field WEBSITE = Field.of("website", FieldType.STRING).jsonLd("sameAs");
    static final Field PARTNER_PARKS = Field.computed("partner_parks", FieldType.REFERENCES,
            language -> "ARRAY(SELECT pp.partner_park_id FROM park_partner pp WHERE pp.park_id = t.id ORDER BY 1)")
            .importedAs("partner_parks");
    static final Field POSITION_PRECISION = Field.positionPrecision();
    static final Field SOURCES = Field.sources();
    static final Field UPDATED = Field.updated();

    public static final LayerDeclaration<ParkDraft> DECLARATION = LayerDeclaration.<ParkDraft>builder("parks", "park")
            .title(trilingual("Geoparks", "Công viên địa chất", "地质公园"))
            .description(trilingual("UNESCO Global Geoparks: the two catalogued parks and their partners in the network.",
                    "Các công viên địa chất toàn cầu UNESCO: hai công viên được lập danh mục và các công viên đối tác.",
                    "联合国教科文组织世界地质公园：已编目的两个公园及其网络伙伴。"))
            .table("park")
            .geometry(LayerGeometry.plain("boundary", Geometries.AREA, true))
            .parkColumn("id")
            .jsonLd(JsonLdType.of("Park"))
            .fields(NAME, DESCRIPTION, COUNTRY, MANAGING_BODY, UNESCO_YEAR, LANGUAGES, CATALOGUED, BOUNDARY_QUALITY, WEBSITE,
                    PARTNER_PARKS, POSITION_PRECISION, SOURCES, UPDATED)
            .reader(DraftReader.single(ParkLayer::draft))
            .build();

    private ParkLayer() {
    }

    static ParkDraft draft(FieldValues v) {
        return new ParkDraft(v.id(), v.text(NAME), v.text(DESCRIPTION), v.string(COUNTRY), v.text(MANAGING_BODY),
                v.integer(UNESCO_YEAR), v.strings(LANGUAGES), v.strings(PARTNER_PARKS), v.bool(CATALOGUED, false),
                v.code(BOUNDARY_QUALITY, BoundaryQuality.class), v.string(WEBSITE),
                Geometries.asMultiPolygon("boundary", v.geometry()), v.strings(SOURCES), v.string(POSITION_PRECISION));
    }
}
