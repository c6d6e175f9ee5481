package org.geoparks.catalogue.editing;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How managers' edits are checked ({@code catalogue.editing} in application.yaml).
 *
 * @param confirmMoveBeyondMetres a position taken in the field further than this from the old one is
 *                                asked again with {@code "confirm": true} (a mistyped digit moves a
 *                                place by kilometres)
 * @param worstGpsAccuracyMetres  a phone's fix less accurate than this does not replace a position
 * @param inspectionInterval      how often each sign is to be inspected; the safety report lists the overdue
 * @param maxPhotoSize            the largest inspection photo accepted
 */
@ConfigurationProperties("catalogue.editing")
public record EditingSettings(
        @DefaultValue("200") double confirmMoveBeyondMetres,
        @DefaultValue("50") double worstGpsAccuracyMetres,
        @DefaultValue("P1Y") Period inspectionInterval,
        @DefaultValue("5MB") DataSize maxPhotoSize) {
}
