package org.geoparks.catalogue.partner;

import static org.geoparks.catalogue.layer.Texts.trilingual;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.layer.DraftReader;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.FieldType;
import org.geoparks.catalogue.layer.FieldValues;
import org.geoparks.catalogue.layer.JsonLdMapping;
import org.geoparks.catalogue.layer.JsonLdType;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.layer.LayerGeometry;
import org.geoparks.catalogue.layer.SearchRole;
import org.geoparks.catalogue.layer.StructuredValues;
import org.geoparks.catalogue.support.InvalidRecordException;

/** The partners layer — homestays, restaurants, shops, OCOP producers, guides, transport — declared once. */
public final class PartnerLayer {

    static final Field TYPE = Field.code("type", PartnerType.class).inTiles().filter().search(SearchRole.LABEL).facetAs("partner_type");
    static final Field PARK = Field.stored("park", FieldType.REFERENCE, "park_id").filter().search(SearchRole.FACET);
    static final Field SAMPLE = Field.of("sample", FieldType.BOOLEAN)
            .jsonLd(JsonLdMapping.writing("disambiguatingDescription", (node, value, links) -> {
                if (value.asBoolean(false)) {
                    node.put("disambiguatingDescription", "Sample record: not a real business.");
                }
            }))
            .describedAs("true for illustrative records that are not a real business.");
    static final Field NAME = Field.text("name").jsonLd("name").search(SearchRole.NAME);
    static final Field DESCRIPTION = Field.text("description").jsonLd("description").search(SearchRole.TEXT);
    static final Field TRANSLITERATED = Field.of("transliterated", FieldType.LANGUAGES);
    static final Field CERTIFICATION = Field.computed("certification", FieldType.OBJECT,
                    language -> "CASE WHEN t.certification_number IS NULL THEN NULL ELSE json_build_object('number', "
                            + "t.certification_number, 'valid_until', t.certification_valid_until) END")
            .importedAs("certification")
            .search(SearchRole.IDENTIFIER).searchedAs("t.certification_number")
            .describedAs("The geopark-partner certificate: its number and the last day it is valid.");
    static final Field CONTACT = Field.of("contact", FieldType.OBJECT)
            .jsonLd(JsonLdMapping.writing(List.of("telephone", "email"), (node, contact, links) -> {
                if (contact.hasNonNull("phone")) {
                    node.put("telephone", contact.path("phone").asText());
                }
                if (contact.hasNonNull("email")) {
                    node.put("email", contact.path("email").asText());
                }
            }));
    static final Field LANGUAGES_SPOKEN = Field.of("languages_spoken", FieldType.LANGUAGES).jsonLd("knowsLanguage");
    static final Field PRODUCTS = Field.computed("products", FieldType.OBJECTS,
                    language -> "(SELECT json_agg(json_build_object('name', " + language.pick("pp.name") + ", 'origin', "
                            + language.pick("pp.origin") + ", 'cultural_meaning', " + language.pick("pp.cultural_meaning")
                            + ", 'ingredients', " + language.pick("pp.ingredients") + ", 'use', " + language.pick("pp.usage")
                            + ", 'storage', " + language.pick("pp.storage") + ", 'ocop_stars', pp.ocop_stars) ORDER BY pp.position)"
                            + " FROM partner_product pp WHERE pp.partner_id = t.id)")
            .importedAs("products")
            .jsonLd(JsonLdMapping.writing("makesOffer", PartnerLayer::offers));
    static final Field POSITION_PRECISION = Field.positionPrecision();
    static final Field SOURCES = Field.sources();
    static final Field UPDATED = Field.updated();

    public static final LayerDeclaration<PartnerDraft> DECLARATION = LayerDeclaration.<PartnerDraft>builder("partners", "partner")
            .title(trilingual("Geopark partners", "Đối tác công viên địa chất", "地质公园合作伙伴"))
            .description(trilingual(
                    "Homestays, hotels, restaurants, shops, OCOP producers, guides and transport of the geopark partner network.",
                    "Nhà nghỉ cộng đồng, khách sạn, nhà hàng, cửa hàng, chủ thể OCOP, hướng dẫn viên và vận chuyển trong mạng lưới đối tác.",
                    "地质公园合作网络中的民宿、酒店、餐厅、商店、OCOP生产者、导游和交通服务。"))
            .table("partner")
            .geometry(LayerGeometry.plain("geom", Geometries.POINT, true))
            .parkColumn("park_id")
            .searched(0.75f)
            .jsonLd(new JsonLdType(PartnerLayer::schemaOrgType, (node, p) -> { }))
            .fields(TYPE, PARK, SAMPLE, NAME, DESCRIPTION, TRANSLITERATED, CERTIFICATION, CONTACT, LANGUAGES_SPOKEN, PRODUCTS,
                    POSITION_PRECISION, SOURCES, UPDATED)
            .reader(DraftReader.single(PartnerLayer::draft))
            .build();

    private PartnerLayer() {
    }

    static PartnerDraft draft(FieldValues v) {
        return new PartnerDraft(v.id(), v.park(PARK), v.code(TYPE, PartnerType.class), v.bool(SAMPLE, false), v.text(NAME),
                v.text(DESCRIPTION), v.strings(TRANSLITERATED), certification(v), contact(v), v.strings(LANGUAGES_SPOKEN),
                Geometries.asPoint("geometry", v.geometry()), products(v), v.strings(SOURCES), v.string(POSITION_PRECISION));
    }

    private static String schemaOrgType(JsonNode properties) {
        return switch (properties.path("type").asText()) {
            case "homestay", "hotel" -> "LodgingBusiness";
            case "restaurant" -> "FoodEstablishment";
            case "product_shop", "ocop_producer" -> "Store";
            case "guide" -> "TravelAgency";
            default -> "LocalBusiness";
        };
    }

    private static void offers(ObjectNode node, JsonNode products, JsonLdMapping.JsonLdLinks links) {
        ArrayNode offers = node.putArray("makesOffer");
        for (JsonNode product : products) {
            ObjectNode item = offers.addObject().put("@type", "Offer").putObject("itemOffered").put("@type", "Product");
            if (product.hasNonNull("name")) {
                item.put("name", product.path("name").asText());
            }
            if (product.hasNonNull("cultural_meaning")) {
                item.put("description", product.path("cultural_meaning").asText());
            }
        }
    }

    private static Certification certification(FieldValues v) {
        Map<String, Object> c = StructuredValues.object(v.raw(CERTIFICATION), CERTIFICATION.name());
        if (c == null) {
            return null;
        }
        Object validUntil = c.get("valid_until");
        try {
            return new Certification(StructuredValues.string(c.get("number")),
                    validUntil == null ? null : LocalDate.parse(validUntil.toString()));
        } catch (DateTimeParseException e) {
            throw new InvalidRecordException("certification.valid_until", "'" + validUntil + "' is not an ISO 8601 date");
        }
    }

    private static Contact contact(FieldValues v) {
        Map<String, Object> c = StructuredValues.object(v.raw(CONTACT), CONTACT.name());
        return c == null ? Contact.NONE : new Contact(StructuredValues.string(c.get("phone")), StructuredValues.string(c.get("email")),
                StructuredValues.string(c.get("website")));
    }

    private static List<Product> products(FieldValues v) {
        return StructuredValues.objects(v.raw(PRODUCTS), PRODUCTS.name()).stream().map(p -> {
            Object stars = p.get("ocop_stars");
            if (stars != null && !(stars instanceof Number)) {
                throw new InvalidRecordException("products.ocop_stars", "'" + stars + "' is not a number of stars");
            }
            return new Product(StructuredValues.text(p.get("name"), "products.name"), StructuredValues.text(p.get("origin"), "products"),
                    StructuredValues.text(p.get("cultural_meaning"), "products"), StructuredValues.text(p.get("ingredients"), "products"),
                    StructuredValues.text(p.get("use"), "products"), StructuredValues.text(p.get("storage"), "products"),
                    stars == null ? null : ((Number) stars).intValue());
        }).toList();
    }
}
