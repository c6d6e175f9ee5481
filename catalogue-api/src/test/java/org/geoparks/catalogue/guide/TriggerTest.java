package org.geoparks.catalogue.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerTest {

    @Test
    void precisionTextsBecomeMetres() {
        assertThat(PositionPrecision.metres("surveyed")).hasValue(PositionPrecision.SURVEYED_M);
        assertThat(PositionPrecision.metres("±10 m")).hasValue(10);
        assertThat(PositionPrecision.metres("±500 m")).hasValue(500);
        assertThat(PositionPrecision.metres("±1 km")).hasValue(1000);
        assertThat(PositionPrecision.metres("+/-2.5 km")).hasValue(2500);
        assertThat(PositionPrecision.metres("approximate-boundary")).isEmpty();
        assertThat(PositionPrecision.metres(null)).isEmpty();
    }

    @Test
    void aNarrationStartsByItselfOnlyWherePositionIsKnownBetterThanItsRadius() {
        assertThat(Trigger.decide("public", List.of(), "±100 m", true, 300).automatic()).isTrue();
        assertThat(Trigger.decide("public", List.of(), "surveyed", true, 50).automatic()).isTrue();

        Trigger approximate = Trigger.decide("public", List.of(), "±1 km", true, 300);
        assertThat(approximate.automatic()).isFalse();
        assertThat(approximate.reason()).isEqualTo("position-approximate");
        assertThat(approximate.explanation()).contains("±1 km", "300 m");
        assertThat(Trigger.decide("public", List.of(), "±300 m", true, 300).automatic()).as("equal is not better").isFalse();
    }

    @Test
    void protectedUnsurveyedOrUnknownPlacesAreOnDemandOnly() {
        assertThat(Trigger.decide("generalised", List.of(), "surveyed", true, 300).reason()).isEqualTo("protected-site");
        assertThat(Trigger.decide("restricted", List.of(), "surveyed", false, 300).reason()).isEqualTo("protected-site");
        assertThat(Trigger.decide("public", List.of("to-be-surveyed"), "±10 m", true, 300).reason()).isEqualTo("to-be-surveyed");
        assertThat(Trigger.decide("public", List.of(), null, true, 300).reason()).isEqualTo("precision-unknown");
        assertThat(Trigger.decide("public", List.of(), "±10 m", false, 300).reason()).isEqualTo("no-position");
    }

    @Test
    void overlappingCirclesFormOneQueueOrderedByStopThenRadius() {
        var slots = TriggerOrder.of(List.of(
                new TriggerOrder.Fence("falls", 106.7215, 22.8553, 300, 0),
                new TriggerOrder.Fence("pagoda", 106.7230, 22.8560, 100, 0),     // ~170 m away: overlaps
                new TriggerOrder.Fence("cave", 106.7072, 22.8462, 100, 0)));     // ~1.8 km away: alone

        assertThat(slots.get("pagoda").position()).isEqualTo(1);
        assertThat(slots.get("falls").position()).isEqualTo(2);
        assertThat(slots.get("falls").group()).isEqualTo(slots.get("pagoda").group());
        assertThat(slots.get("falls").overlaps()).containsExactly("pagoda");
        assertThat(slots.get("cave").size()).isEqualTo(1);

        var alongRoute = TriggerOrder.of(List.of(
                new TriggerOrder.Fence("a", 106.7215, 22.8553, 300, 2),
                new TriggerOrder.Fence("b", 106.7230, 22.8560, 100, 1)));
        assertThat(alongRoute.get("b").position()).isEqualTo(1);
        assertThat(alongRoute.get("a").position()).isEqualTo(2);
    }

    @Test
    void distancesAreGreatCircleMetres() {
        assertThat(TriggerOrder.metresBetween(106.0, 22.0, 106.0, 22.01)).isBetween(1100.0, 1120.0);
    }
}
