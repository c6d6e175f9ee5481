package org.geoparks.catalogue.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputFormatTest {

    @Test
    void theFParameterWinsOverAccept() {
        assertThat(OutputFormat.negotiate("html", "application/geo+json", OutputFormat.GEOJSON)).isEqualTo(OutputFormat.HTML);
    }

    @Test
    void browsersGetHtmlAndClientsGetData() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        assertThat(OutputFormat.negotiate(null, browser, OutputFormat.GEOJSON)).isEqualTo(OutputFormat.HTML);
        assertThat(OutputFormat.negotiate(null, "application/geo+json", OutputFormat.GEOJSON)).isEqualTo(OutputFormat.GEOJSON);
        assertThat(OutputFormat.negotiate(null, "application/json", OutputFormat.GEOJSON)).isEqualTo(OutputFormat.GEOJSON);
        assertThat(OutputFormat.negotiate(null, "application/ld+json", OutputFormat.GEOJSON)).isEqualTo(OutputFormat.JSONLD);
        assertThat(OutputFormat.negotiate(null, "*/*", OutputFormat.JSON)).isEqualTo(OutputFormat.JSON);
        assertThat(OutputFormat.negotiate(null, null, OutputFormat.JSON)).isEqualTo(OutputFormat.JSON);
    }
}
