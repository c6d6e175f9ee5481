package org.geoparks.catalogue.heritage;

import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.CodedEnumConverter;

/** The kinds of living tradition the catalogue records. */
public enum HeritageCategory implements CodedEnum {
    PERFORMING_ART, RITUAL, FESTIVAL, CRAFT, ORAL_TRADITION, CUISINE;

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<HeritageCategory> {
        Converter() {
            super(HeritageCategory.class);
        }
    }
}
