package org.geoparks.catalogue.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.Require;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A product a shop or OCOP producer offers, one row of {@code partner_product}. {@code use} is
 * what the file calls it; the column is {@code usage}.
 *
 * @param ocopStars the product's OCOP rating (3 to 5 stars), if it has one
 */
@Embeddable
public record Product(
        @JdbcTypeCode(SqlTypes.JSON) LocalizedText name,
        @JdbcTypeCode(SqlTypes.JSON) LocalizedText origin,
        @JdbcTypeCode(SqlTypes.JSON) @Column(name = "cultural_meaning") LocalizedText culturalMeaning,
        @JdbcTypeCode(SqlTypes.JSON) LocalizedText ingredients,
        @JdbcTypeCode(SqlTypes.JSON) @Column(name = "usage") LocalizedText use,
        @JdbcTypeCode(SqlTypes.JSON) LocalizedText storage,
        @Column(name = "ocop_stars") Integer ocopStars) {

    public Product {
        Require.text("products.name", name);
        origin = Require.optional(origin);
        culturalMeaning = Require.optional(culturalMeaning);
        ingredients = Require.optional(ingredients);
        use = Require.optional(use);
        storage = Require.optional(storage);
        if (ocopStars != null && (ocopStars < 3 || ocopStars > 5)) {
            throw new InvalidRecordException("products.ocop_stars", ocopStars
                    + " is not an OCOP rating: products are rated 3, 4 or 5 stars; leave it out for an unrated product");
        }
    }
}
