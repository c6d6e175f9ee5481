package org.geoparks.catalogue.route;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.CodedEnumConverter;

/**
 * How a route's line was drawn: surveyed on the ground, traced along roads, or schematic
 * (straight segments between the stops, never a path to follow).
 */
public enum GeometryQuality implements CodedEnum {
    SURVEYED, ROAD_TRACE, SCHEMATIC;

    /** The schema's codes are hyphenated ({@code road-trace}), unlike most codes. */
    @JsonValue
    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<GeometryQuality> {
        Converter() {
            super(GeometryQuality.class);
        }
    }
}
