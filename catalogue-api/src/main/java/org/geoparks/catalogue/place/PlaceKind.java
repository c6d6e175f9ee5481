package org.geoparks.catalogue.place;

import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.CodedEnumConverter;

/** The kinds of place a geopark catalogues. */
public enum PlaceKind implements CodedEnum {
    GEOSITE, CAVE, WATERFALL, LAKE, LANDFORM, FOSSIL_SITE, ARCHAEOLOGICAL_SITE, HISTORICAL_RELIC,
    RELIGIOUS_SITE, CRAFT_VILLAGE, VIEWPOINT, INFORMATION_CENTRE;

    /** Fossil and archaeological sites must not publish their exact position. */
    public boolean isSensitiveByNature() {
        return this == FOSSIL_SITE || this == ARCHAEOLOGICAL_SITE;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<PlaceKind> {
        Converter() {
            super(PlaceKind.class);
        }
    }
}
