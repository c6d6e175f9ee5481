package org.geoparks.catalogue.place;

import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.CodedEnumConverter;

/**
 * How much of a place's position the public may see: all of it, a generalised point (about 1 km),
 * or nothing. Managers of the park always see the exact geometry.
 */
public enum Sensitivity implements CodedEnum {
    PUBLIC, GENERALISED, RESTRICTED;

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<Sensitivity> {
        Converter() {
            super(Sensitivity.class);
        }
    }
}
