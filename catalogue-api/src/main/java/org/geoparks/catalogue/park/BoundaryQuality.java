package org.geoparks.catalogue.park;

import com.fasterxml.jackson.annotation.JsonValue;
import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.CodedEnumConverter;

/** How a park's boundary was made. */
public enum BoundaryQuality implements CodedEnum {
    PUBLISHED, APPROXIMATE_FROM_DISTRICTS;

    @JsonValue
    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<BoundaryQuality> {
        Converter() {
            super(BoundaryQuality.class);
        }
    }
}
