package org.geoparks.catalogue.partner;

import static org.geoparks.catalogue.layer.Texts.trilingual;

import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.FieldType;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.layer.LayerGeometry;
import org.geoparks.catalogue.layer.SearchRole;

/**
 * The products partners offer (OCOP products, local specialities), declared for search: found on
 * their own ("mint honey") at their partner's position. They are written with their partner, so
 * a change to the partner rewrites them; the map shows them inside their partner's feature.
 */
public final class ProductLayer {

    static final Field PARK = Field.stored("park", FieldType.REFERENCE, "park_id").search(SearchRole.FACET);
    static final Field PARTNER = Field.stored("partner", FieldType.REFERENCE, "partner_id").referencing("partner").search(SearchRole.TEXT);
    static final Field PARTNER_TYPE = Field.code("partner_type", PartnerType.class).search(SearchRole.FACET);
    static final Field NAME = Field.text("name").search(SearchRole.NAME);
    static final Field ORIGIN = Field.text("origin").search(SearchRole.TEXT);
    static final Field CULTURAL_MEANING = Field.text("cultural_meaning").search(SearchRole.TEXT);
    static final Field INGREDIENTS = Field.text("ingredients").search(SearchRole.TEXT);
    static final Field USE = Field.stored("use", FieldType.TEXT, "usage").search(SearchRole.TEXT);
    static final Field STORAGE = Field.text("storage").search(SearchRole.TEXT);

    public static final LayerDeclaration<Void> DECLARATION = LayerDeclaration.<Void>builder("products", "product")
            .title(trilingual("Products", "Sản phẩm", "产品"))
            .description(trilingual("The products the geopark's partners offer.", "Các sản phẩm của đối tác công viên địa chất.",
                    "地质公园合作伙伴提供的产品。"))
            .table("partner_product")
            .readFrom("""
                    (SELECT pp.partner_id || '/products/' || pp.position AS id, pp.*, p.park_id, p.type AS partner_type, p.geom
                       FROM partner_product pp JOIN partner p ON p.id = pp.partner_id)""")
            .geometry(LayerGeometry.plain("geom", Geometries.POINT, false))
            .parkColumn("park_id")
            .ownedBy("partner", "t.partner_id")
            .notMapped()
            .searched(0.7f)
            .fields(PARK, PARTNER, PARTNER_TYPE, NAME, ORIGIN, CULTURAL_MEANING, INGREDIENTS, USE, STORAGE)
            .build();

    private ProductLayer() {
    }
}
