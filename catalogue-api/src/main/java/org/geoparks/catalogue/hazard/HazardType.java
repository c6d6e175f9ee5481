package org.geoparks.catalogue.hazard;

import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.CodedEnumConverter;

/** What can harm a visitor. */
public enum HazardType implements CodedEnum {
    HIGH_WATER, FLASH_FLOOD, ROCKFALL, LANDSLIDE, RAILWAY_CROSSING, SLIPPERY_PATH, DEEP_WATER, BORDER_ZONE,
    STEEP_DROP, LOW_CEILING;

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<HazardType> {
        Converter() {
            super(HazardType.class);
        }
    }
}
