package org.geoparks.catalogue.hazard;

import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.CodedEnumConverter;

/** How badly a hazard can harm a visitor. */
public enum Severity implements CodedEnum {
    LOW, MODERATE, HIGH, EXTREME;

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<Severity> {
        Converter() {
            super(Severity.class);
        }
    }
}
