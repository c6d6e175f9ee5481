package org.geoparks.importer.layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.partner.Certification;
import org.geoparks.catalogue.partner.Contact;
import org.geoparks.catalogue.partner.PartnerDraft;
import org.geoparks.catalogue.partner.PartnerService;
import org.geoparks.catalogue.partner.PartnerType;
import org.geoparks.catalogue.partner.Product;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.importer.mapping.MappedRecord;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

/** Partners of the geopark network, with their certificate, contact and products. */
@Component
class PartnerTarget implements LayerTarget {

    private final PartnerService partners;

    PartnerTarget(PartnerService partners) {
        this.partners = partners;
    }

    @Override
    public String layer() {
        return "partners";
    }

    @Override
    public List<WrittenRecord> write(MappedRecord r, ImportContext context) {
        String id = CatalogueIds.from(r.id());
        if (!(r.geometry() instanceof Point point)) {
            throw new InvalidRecordException("geometry", "a partner is a Point, not a " + r.geometry().getGeometryType());
        }
        PartnerDraft draft = new PartnerDraft(id, Fields.park(r, context), Fields.coded(r, "type", PartnerType.class),
                r.bool("sample", false), r.text("name"), r.text("description"), r.list("transliterated"),
                certification(r), contact(r), r.list("languages_spoken"), point, products(r), r.list("source"),
                r.string("position_precision"));
        return List.of(new WrittenRecord(id, partners.importPartner(context.keyOf(r.id()), draft, context.options())));
    }

    private static Certification certification(MappedRecord r) {
        Map<String, Object> c = object(r, "certification");
        if (c == null) {
            return null;
        }
        Object validUntil = c.get("valid_until");
        try {
            return new Certification(str(c.get("number")), validUntil == null ? null : java.time.LocalDate.parse(validUntil.toString()));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRecordException("certification.valid_until", "'" + validUntil + "' is not an ISO 8601 date");
        }
    }

    private static Contact contact(MappedRecord r) {
        Map<String, Object> c = object(r, "contact");
        return c == null ? Contact.NONE : new Contact(str(c.get("phone")), str(c.get("email")), str(c.get("website")));
    }

    private static List<Product> products(MappedRecord r) {
        Object raw = r.raw("products");
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            throw new InvalidRecordException("products", "expected a list of products");
        }
        List<Product> products = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> p)) {
                throw new InvalidRecordException("products", "each product is an object with name, origin, cultural_meaning…");
            }
            Object stars = p.get("ocop_stars");
            products.add(new Product(text(p.get("name")), text(p.get("origin")), text(p.get("cultural_meaning")),
                    text(p.get("ingredients")), text(p.get("use")), text(p.get("storage")),
                    stars == null ? null : ((Number) stars).intValue()));
        }
        return products;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(MappedRecord r, String field) {
        Object value = r.raw(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new InvalidRecordException(field, "expected an object");
    }

    @SuppressWarnings("unchecked")
    private static LocalizedText text(Object value) {
        if (value == null) {
            return LocalizedText.EMPTY;
        }
        if (value instanceof Map<?, ?> map) {
            return LocalizedText.of((Map<String, String>) map);
        }
        throw new InvalidRecordException("products", "product texts are objects of language: text");
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
