package org.geoparks.catalogue.place;

import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.CodedEnumConverter;

/** Whether visitors may go: open, open with caution, or closed. */
public enum PlaceStatus implements CodedEnum {
    OPEN, CAUTION, CLOSED;

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<PlaceStatus> {
        Converter() {
            super(PlaceStatus.class);
        }
    }
}
