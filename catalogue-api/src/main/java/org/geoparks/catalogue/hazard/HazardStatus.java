package org.geoparks.catalogue.hazard;

import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.CodedEnumConverter;

/** Whether a hazard is in force: all the time, in its season, or no longer. */
public enum HazardStatus implements CodedEnum {
    ACTIVE, SEASONAL, RESOLVED;

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<HazardStatus> {
        Converter() {
            super(HazardStatus.class);
        }
    }
}
