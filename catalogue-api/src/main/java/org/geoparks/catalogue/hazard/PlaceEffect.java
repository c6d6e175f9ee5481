package org.geoparks.catalogue.hazard;

import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.CodedEnumConverter;

/** What a hazard does to its place while it is in force: nothing, caution visitors, or close it. */
public enum PlaceEffect implements CodedEnum {
    NONE, CAUTION, CLOSED;

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<PlaceEffect> {
        Converter() {
            super(PlaceEffect.class);
        }
    }
}
