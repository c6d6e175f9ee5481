package org.geoparks.catalogue.sign;

import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.CodedEnumConverter;

/** The state a sign was last found in; a sign that must be replaced says so before it fails. */
public enum SignCondition implements CodedEnum {
    GOOD, FAIR, DAMAGED, MISSING, NEEDS_REPLACING;

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<SignCondition> {
        Converter() {
            super(SignCondition.class);
        }
    }
}
