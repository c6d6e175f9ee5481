package org.geoparks.catalogue.partner;

import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.CodedEnumConverter;

/** What a partner of the geopark network does for visitors. */
public enum PartnerType implements CodedEnum {
    HOMESTAY, HOTEL, RESTAURANT, PRODUCT_SHOP, OCOP_PRODUCER, GUIDE, TRANSPORT;

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<PartnerType> {
        Converter() {
            super(PartnerType.class);
        }
    }
}
