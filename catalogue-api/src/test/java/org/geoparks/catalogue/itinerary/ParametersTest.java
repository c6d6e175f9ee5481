package org.geoparks.catalogue.itinerary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.junit.jupiter.api.Test;

/** Reading the routes API's parameters: positions latitude first, boxes longitude first, and refusals that say what to send. */
class ParametersTest {

    private static Parameters of(String name, String value) {
        return new Parameters(Map.of(name, new String[] {value}), Set.of(name));
    }

    @Test
    void aPositionIsLatitudeFirstAndASwapIsRecognised() {
        assertThat(of("near", "22.85, 106.72").position("near")).isEqualTo(new Parameters.LatLon(22.85, 106.72));
        assertThatThrownBy(() -> of("near", "106.72,22.85").position("near")).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("near=22.85,106.72");
        assertThatThrownBy(() -> of("near", "95,200").position("near")).hasMessageContaining("not a position");
        assertThatThrownBy(() -> of("near", "NaN,106").position("near")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> of("near", "1e1,106").position("near")).hasMessageContaining("not a number");
    }

    @Test
    void aBoxIsWestSouthEastNorth() {
        assertThat(of("bbox", "106.6,22.7,106.9,22.9").box("bbox")).containsExactly(106.6, 22.7, 106.9, 22.9);
        assertThatThrownBy(() -> of("bbox", "22.7,106.6,22.9,106.9").box("bbox")).hasMessageContaining("longitude first");
        assertThatThrownBy(() -> of("bbox", "106.9,22.7,106.6,22.9").box("bbox")).hasMessageContaining("west");
    }

    @Test
    void distancesAndNumbersArePositiveAndBounded() {
        assertThat(of("radius", "250").metres("radius", 5000, 10000)).isEqualTo(250);
        assertThat(new Parameters(Map.of(), Set.of("radius")).metres("radius", 5000, 10000)).isEqualTo(5000);
        assertThatThrownBy(() -> of("radius", "-1").metres("radius", 5000, 10000)).hasMessageContaining("positive");
        assertThatThrownBy(() -> of("radius", "20000").metres("radius", 5000, 10000)).hasMessageContaining("at most 10000");
        assertThatThrownBy(() -> of("limit", "0").integer("limit", 100, 1, 1000)).hasMessageContaining("between 1 and 1000");
    }

    @Test
    void unknownAndRepeatedParametersAreRefused() {
        assertThatThrownBy(() -> new Parameters(Map.of("maxLength", new String[] {"3"}), Set.of("maxLengthKm")))
                .hasMessageContaining("maxLengthKm");
        assertThatThrownBy(() -> new Parameters(Map.of("theme", new String[] {"a", "b"}), Set.of("theme"))).hasMessageContaining("more than once");
    }

    @Test
    void datesAreCalendarDates() {
        assertThat(of("date", "2031-07-15").date("date", null)).isEqualTo(LocalDate.of(2031, 7, 15));
        assertThatThrownBy(() -> of("date", "15/07/2031").date("date", null)).hasMessageContaining("calendar date");
    }
}
