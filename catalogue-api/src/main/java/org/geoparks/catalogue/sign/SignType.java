package org.geoparks.catalogue.sign;

import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.CodedEnumConverter;

/** What a sign is for. */
public enum SignType implements CodedEnum {
    INTERPRETATION, DIRECTION, WARNING, SAFETY;

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<SignType> {
        Converter() {
            super(SignType.class);
        }
    }
}
