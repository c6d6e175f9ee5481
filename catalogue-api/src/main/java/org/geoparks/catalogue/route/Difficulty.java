package org.geoparks.catalogue.route;

import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.CodedEnumConverter;

/** How demanding a route is for an ordinary visitor. */
public enum Difficulty implements CodedEnum {
    EASY, MODERATE, HARD;

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<Difficulty> {
        Converter() {
            super(Difficulty.class);
        }
    }
}
