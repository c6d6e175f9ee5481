package org.geoparks.catalogue.operator;

import static org.assertj.core.api.Assertions.assertThat;

import org.geoparks.catalogue.itinerary.Http;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a trusted proxy each visitor has a quota of their own: the proxy's X-Forwarded-For names
 * the client. Without it every visitor would share the proxy's one address.
 */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"catalogue.operators.anonymous-limit=2", "catalogue.operators.window=1m",
                "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1"})
class TrustedProxyIT {

    @LocalServerPort
    int port;

    @Test
    void eachClientTheProxyNamesHasItsOwnQuota() throws Exception {
        Http http = Http.on(port);
        for (int i = 0; i < 2; i++) {
            assertThat(http.get("/api/v1/routes", "X-Forwarded-For", "203.0.113.5").statusCode()).isEqualTo(200);
        }
        assertThat(http.get("/api/v1/routes", "X-Forwarded-For", "203.0.113.5").statusCode()).as("the first visitor's quota is used")
                .isEqualTo(429);
        assertThat(http.get("/api/v1/routes", "X-Forwarded-For", "203.0.113.6").statusCode()).as("another visitor behind the same proxy")
                .isEqualTo(200);
        // a client that writes the header itself before the proxy: the proxy appends the address it saw
        assertThat(http.get("/api/v1/routes", "X-Forwarded-For", "203.0.113.6, 203.0.113.5").statusCode())
                .as("the address the proxy saw counts, not the one the client wrote").isEqualTo(429);
    }
}
