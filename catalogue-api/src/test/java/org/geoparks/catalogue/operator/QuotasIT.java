package org.geoparks.catalogue.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.geoparks.catalogue.itinerary.Http;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Quotas per anonymous client and per key: counted, told in the RateLimit headers, refused past the limit, back after the window. */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"catalogue.operators.anonymous-limit=3", "catalogue.operators.operator-limit=5", "catalogue.operators.window=3s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuotasIT {

    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;

    Http http;

    @BeforeAll
    void client() {
        http = Http.on(port);
    }

    @Test
    void anAnonymousClientGetsItsQuotaThen429UntilTheWindowHasPassed() throws Exception {
        Thread.sleep(3100); // start from a full bucket whatever ran before
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> ok = http.get("/api/v1/routes");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.headers().firstValue("RateLimit-Limit")).contains("3");
            assertThat(ok.headers().firstValue("RateLimit-Remaining")).contains(Integer.toString(3 - i));
            assertThat(ok.headers().firstValue("RateLimit-Policy")).contains("3;w=3");
            assertThat(Long.parseLong(ok.headers().firstValue("RateLimit-Reset").orElseThrow())).isBetween(0L, 3L);
        }
        HttpResponse<String> refused = http.get("/api/v1/routes?mode=walk");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3L);
        JsonNode problem = http.read(refused.body());
        assertThat(problem.path("type").asText()).endsWith("rate-limited");
        assertThat(problem.path("detail").asText()).contains("X-API-Key");
        assertThat(http.get("/api/v1/places/anywhere/nearby").statusCode()).as("every path of the routes API counts").isEqualTo(429);
        assertThat(http.get("/api/v1/routes", "X-Forwarded-For", "198.51.100.7").statusCode())
                .as("a forwarded address from a proxy nobody trusts makes no new client").isEqualTo(429);
        assertThat(http.get("/ogc/collections").statusCode()).as("the map service is not counted here").isEqualTo(200);
        assertThat(http.get("/ogc/collections").headers().firstValue("RateLimit-Limit")).isEmpty();
        assertThat(http.get("/api/v1/routes/any-route/guide").headers().firstValue("RateLimit-Limit"))
                .as("nor the audio guide's documents of a route").isEmpty();

        Thread.sleep(retryAfter * 1000 + 200);
        HttpResponse<String> again = http.get("/api/v1/routes");
        assertThat(again.statusCode()).as("the quota is back after the window").isEqualTo(200);
        assertThat(again.headers().firstValue("RateLimit-Remaining")).contains("2");
    }

    @Test
    void anOperatorKeyHasItsOwnLargerQuota() throws Exception {
        String key = keys.create("quota-tours", null, "test").key();
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> ok = http.get("/api/v1/routes", "X-API-Key", key);
            assertThat(ok.statusCode()).as("request " + i).isEqualTo(200);
            assertThat(ok.headers().firstValue("RateLimit-Limit")).contains("5");
        }
        HttpResponse<String> refused = http.get("/api/v1/routes", "X-API-Key", key, "Origin", "https://tours.example");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).as("a page on another site may read the refusal")
                .contains("*");
        assertThat(refused.headers().firstValue("Access-Control-Expose-Headers").orElse(""))
                .contains("Retry-After", "RateLimit-Remaining", "RateLimit-Reset");
        assertThat(http.read(refused.body()).path("detail").asText()).doesNotContain("X-API-Key");
        String other = keys.create("other-tours", null, "test").key();
        assertThat(http.get("/api/v1/routes", "X-API-Key", other).statusCode()).as("another key counts on its own").isEqualTo(200);
    }
}
