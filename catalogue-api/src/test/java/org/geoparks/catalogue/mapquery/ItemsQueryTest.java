package org.geoparks.catalogue.mapquery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.geoparks.catalogue.collection.Collection;
import org.geoparks.catalogue.collection.Collections;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class ItemsQueryTest {

    private final Collection places = new Collections().find("places").orElseThrow();
    private final Collection hazards = new Collections().find("hazards").orElseThrow();
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private ItemsQuery parse(Collection c, String query) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                params.add(kv[0], kv[1]);
            }
        }
        return ItemsQuery.parse(c, params, null, now);
    }

    @Test
    void defaultsAreAHundredFeaturesInCrs84() {
        ItemsQuery q = parse(places, "");
        assertThat(q.limit()).isEqualTo(100);
        assertThat(q.crs()).isEqualTo(SupportedCrs.CRS84);
        assertThat(q.time()).isNull();
    }

    @Test
    void hazardsAreAskedForNowByDefault() {
        assertThat(parse(hazards, "").time()).isEqualTo(TimeFilter.at(now));
    }

    @Test
    void aLatitudeFirstBoxIsTurnedToLongitudeFirst() {
        ItemsQuery q = parse(places, "bbox=22.5,106.3,23.0,106.9&bbox-crs=EPSG:4326");
        assertThat(q.bbox()).containsExactly(106.3, 22.5, 106.9, 23.0);
    }

    @Test
    void aLatitudeFirstBoxSentLongitudeFirstIsReadThatWayWhenOnlyThatMakesSense() {
        ItemsQuery q = parse(places, "bbox=106.3,22.5,106.9,23.0&bbox-crs=EPSG:4326");
        assertThat(q.bbox()).containsExactly(106.3, 22.5, 106.9, 23.0);
    }

    @Test
    void sixNumbersDropTheHeights() {
        assertThat(parse(places, "bbox=106.3,22.5,0,106.9,23.0,2000").bbox()).containsExactly(106.3, 22.5, 106.9, 23.0);
    }

    @Test
    void aBoxAcrossTheAntimeridianIsAccepted() {
        assertThat(parse(places, "bbox=177,65,-177,70").crossesAntimeridian()).isTrue();
    }

    @Test
    void malformedParametersAreRefusedNamingTheParameter() {
        for (String bad : new String[] {"limit=0", "limit=10001", "limit=ten", "offset=-1", "bbox=1,2,3", "bbox=a,b,c,d",
                "bbox=0,10,1,5", "bbox-crs=EPSG:4326", "crs=EPSG:1234", "datetime=soon", "lang=xx", "kind=volcano", "colour=red"}) {
            assertThatThrownBy(() -> parse(places, bad)).as(bad).isInstanceOf(InvalidParameterException.class);
        }
    }

    @Test
    void aParameterGivenTwiceIsRefused() {
        assertThatThrownBy(() -> parse(places, "limit=5&limit=6")).hasMessageContaining("more than once");
    }
}
