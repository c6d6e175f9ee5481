package org.geoparks.catalogue.itinerary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict rules, stop by stop and hazard by hazard. */
class VerdictTest {

    private static final List<Verdict.Stop> OPEN = List.of(new Verdict.Stop(1, "a", "open"), new Verdict.Stop(2, "b", "open"),
            new Verdict.Stop(3, "c", "open"));

    private static List<Verdict.Stop> with(int position, String status) {
        return OPEN.stream().map(s -> s.position() == position ? new Verdict.Stop(position, s.placeId(), status) : s).toList();
    }

    private static Verdict.Hazard line(String severity) {
        return new Verdict.Hazard("h", severity, null, true, List.of());
    }

    private static Verdict.Hazard at(String place, String severity) {
        return new Verdict.Hazard("h-" + place, severity, place, false, List.of());
    }

    @Test
    void nothingInTheWayIsClear() {
        assertThat(Verdict.of(OPEN, List.of()).verdict()).isEqualTo(Verdict.Code.CLEAR);
        assertThat(Verdict.of(OPEN, List.of()).reasons()).isEmpty();
    }

    @Test
    void lowHazardsAreAdviceOnly() {
        Verdict v = Verdict.of(OPEN, List.of(line("low"), at("b", "low")));
        assertThat(v.verdict()).isEqualTo(Verdict.Code.CLEAR);
        assertThat(v.reasons()).hasSize(2);
    }

    @Test
    void moderateAndHighHazardsCallForCaution() {
        assertThat(Verdict.of(OPEN, List.of(line("moderate"))).verdict()).isEqualTo(Verdict.Code.CAUTION);
        assertThat(Verdict.of(OPEN, List.of(at("a", "high"))).verdict()).isEqualTo(Verdict.Code.CAUTION);
    }

    @Test
    void anExtremeHazardOnTheLineBlocks() {
        assertThat(Verdict.of(OPEN, List.of(line("extreme"))).verdict()).isEqualTo(Verdict.Code.BLOCKED);
    }

    @Test
    void anExtremeHazardAtAMiddleStopIsSkippedButAtTheEndsBlocks() {
        assertThat(Verdict.of(OPEN, List.of(at("b", "extreme"))).verdict()).isEqualTo(Verdict.Code.CAUTION);
        assertThat(Verdict.of(OPEN, List.of(at("c", "extreme"))).verdict()).isEqualTo(Verdict.Code.BLOCKED);
        assertThat(Verdict.of(OPEN, List.of(at("a", "extreme"))).reasons().get(0).skippable()).isFalse();
    }

    @Test
    void aClosedStopIsSkippedInTheMiddleAndBlocksAtTheEnds() {
        assertThat(Verdict.of(with(2, "closed"), List.of()).verdict()).isEqualTo(Verdict.Code.CAUTION);
        assertThat(Verdict.of(with(1, "closed"), List.of()).verdict()).isEqualTo(Verdict.Code.BLOCKED);
        assertThat(Verdict.of(with(3, "closed"), List.of()).verdict()).isEqualTo(Verdict.Code.BLOCKED);
        assertThat(Verdict.of(with(2, "caution"), List.of()).verdict()).isEqualTo(Verdict.Code.CAUTION);
    }

    @Test
    void noUsableStopBlocks() {
        List<Verdict.Stop> one = List.of(new Verdict.Stop(1, "a", "open"), new Verdict.Stop(2, "a", "open"), new Verdict.Stop(3, "a", "open"));
        Verdict v = Verdict.of(one, List.of(at("a", "extreme")));
        assertThat(v.verdict()).isEqualTo(Verdict.Code.BLOCKED);
        assertThat(v.reasons()).extracting(Verdict.Reason::code).contains("no-usable-stop");
    }
}
