package org.geoparks.catalogue.route;

import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.CodedEnumConverter;

/** How a route is travelled. */
public enum RouteMode implements CodedEnum {
    WALK, BIKE, CAR, BOAT;

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<RouteMode> {
        Converter() {
            super(RouteMode.class);
        }
    }
}
