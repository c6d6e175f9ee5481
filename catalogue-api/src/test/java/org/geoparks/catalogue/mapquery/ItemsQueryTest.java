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
    private final Collection hazardsInForce = new Collections().find("hazards-in-force").orElseThrow();
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
    void hazardsInForceAreAskedForNowByDefaultAndAllHazardsForEveryTime() {
        assertThat(parse(hazardsInForce, "").time()).isEqualTo(TimeFilter.at(now));
        assertThat(parse(hazards, "").time()).as("every hazard, unless a time is asked").isNull();
    }

    @Test
    void aLatitudeFirstBoxIsTurnedToLongitudeFirst() {
        ItemsQuery q = parse(places, "bbox=22.5,106.3,23.0,106.9&bbox-crs=EPSG:4326");
        assertThat(q.bbox()).containsExactly(106.3, 22.5, 106.9, 23.0);
    }

    @Test
    void aLatitudeFirstBoxIsReadInItsOwnAxisOrderAndABoxThatIsNotIsRefused() {
        assertThatThrownBy(() -> parse(places, "bbox=106.3,22.5,106.9,23.0&bbox-crs=EPSG:4326"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("latitude first");
    }

    @Test
    void aLimitAboveTheMaximumIsTheLargestPageNotAnError() {
        assertThat(parse(places, "limit=10001").limit()).isEqualTo(ItemsQuery.MAX_LIMIT);
        assertThat(parse(places, "limit=99999999999999999999999999").limit()).isEqualTo(ItemsQuery.MAX_LIMIT);
    }

    @Test
    void aProjectedBoxBeyondWhereItsCrsIsUsableIsRefused() {
        for (String crs : new String[] {"EPSG:3405", "EPSG:9210", "EPSG:9215"}) {
            assertThatThrownBy(() -> parse(places, "bbox=0,0,1e8,1e8&bbox-crs=" + crs)).as(crs)
                    .isInstanceOf(InvalidParameterException.class).hasMessageContaining("usable");
        }
        assertThat(parse(places, "bbox=676000,2527000,677000,2529000&bbox-crs=EPSG:3405").bboxCrs()).isEqualTo(SupportedCrs.EPSG_3405);
    }

    @Test
    void datesBeyondTheYearsTheCatalogueWritesAreRefused() {
        for (String datetime : new String[] {"2024-09-07/P2147483647Y", "2024-09-07/P99999999Y", "P99999Y/2024-09-07",
                "2024-09-07/PT9999999999999H", "10000-01-01T00:00:00Z"}) {
            assertThatThrownBy(() -> parse(hazards, "datetime=" + datetime)).as(datetime).isInstanceOf(InvalidParameterException.class);
        }
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
        for (String bad : new String[] {"limit=0", "limit=-5", "limit=ten", "offset=-1", "bbox=1,2,3", "bbox=a,b,c,d",
                "bbox=0,10,1,5", "bbox-crs=EPSG:4326", "crs=EPSG:1234", "datetime=soon", "lang=xx", "kind=volcano", "colour=red"}) {
            assertThatThrownBy(() -> parse(places, bad)).as(bad).isInstanceOf(InvalidParameterException.class);
        }
    }

    @Test
    void aParameterGivenTwiceIsRefused() {
        assertThatThrownBy(() -> parse(places, "limit=5&limit=6")).hasMessageContaining("more than once");
    }
}
