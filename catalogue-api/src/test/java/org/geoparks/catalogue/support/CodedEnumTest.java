package org.geoparks.catalogue.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.geoparks.catalogue.park.BoundaryQuality;
import org.geoparks.catalogue.place.PlaceKind;
import org.junit.jupiter.api.Test;

class CodedEnumTest {

    @Test
    void codesAreReadWhateverTheirCaseOrSeparator() {
        assertThat(CodedEnum.parse(PlaceKind.class, "kind", "Fossil-Site")).isEqualTo(PlaceKind.FOSSIL_SITE);
        assertThat(CodedEnum.parse(BoundaryQuality.class, "q", "approximate-from-districts")).isEqualTo(BoundaryQuality.APPROXIMATE_FROM_DISTRICTS);
        assertThat(BoundaryQuality.APPROXIMATE_FROM_DISTRICTS.code()).isEqualTo("approximate-from-districts");
    }

    @Test
    void anUnknownCodeNamesTheFieldAndTheAllowedValues() {
        assertThatThrownBy(() -> CodedEnum.parse(PlaceKind.class, "kind", "volcano"))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("kind: 'volcano' is not one of geosite, cave");
    }
}
