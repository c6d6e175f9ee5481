package org.geoparks.catalogue.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geoparks.catalogue.testing.ManagedParks.CAO_BANG;
import static org.geoparks.catalogue.testing.ManagedParks.CB_MANAGER;
import static org.geoparks.catalogue.testing.ManagedParks.KENG_TAO;
import static org.geoparks.catalogue.testing.ManagedParks.LANG_SON;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.testing.EditHttp;
import org.geoparks.catalogue.testing.ManagedParks;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service as a resource server of an OpenID Connect provider (here a small one on this machine
 * that publishes a discovery document and its keys, as Keycloak does): the provider's tokens carry
 * the park roles in a nested claim; expired, altered, foreign or misaddressed tokens are refused;
 * the catalogue's own tokens still work beside them.
 */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcTokensIT {

    static final HttpServer PROVIDER;
    static final String ISSUER;
    static final RSAKey KEY;
    static final RSAKey OTHER_KEY;

    static {
        try {
            KEY = new RSAKeyGenerator(2048).keyID("geoparks-1").generate();
            OTHER_KEY = new RSAKeyGenerator(2048).keyID("geoparks-1").generate();
            PROVIDER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            ISSUER = "http://127.0.0.1:" + PROVIDER.getAddress().getPort() + "/realms/geoparks";
            serve("/realms/geoparks/.well-known/openid-configuration", "{\"issuer\": \"" + ISSUER + "\", \"jwks_uri\": \"" + ISSUER
                    + "/protocol/openid-connect/certs\", \"id_token_signing_alg_values_supported\": [\"RS256\"]}");
            serve("/realms/geoparks/protocol/openid-connect/certs", new JWKSet(KEY.toPublicJWK()).toString());
            PROVIDER.start();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static void serve(String path, String json) {
        PROVIDER.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("catalogue.auth.oidc.issuer-uri", () -> ISSUER);
        properties.add("catalogue.auth.oidc.audience", () -> "geopark-catalogue");
        properties.add("catalogue.auth.oidc.roles-claim", () -> "realm_access.roles");
        properties.add("catalogue.auth.oidc.role-prefix", () -> "geoparks-");
    }

    @LocalServerPort
    int port;
    @Autowired
    ParkService parks;
    @Autowired
    PlaceService places;
    @Autowired
    JdbcTemplate jdbc;

    EditHttp http;

    @BeforeAll
    void twoParksAndTheirPeople() {
        ManagedParks.load(parks, places, jdbc);
        http = new EditHttp(port, ManagedParks.PASSWORD);
    }

    @AfterAll
    void stopTheProvider() {
        PROVIDER.stop(0);
    }

    static JWTClaimsSet.Builder ranger(Instant expires) {
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("0b8f-4c1e").audience(List.of("geopark-catalogue", "account"))
                .issueTime(Date.from(expires.minusSeconds(300))).expirationTime(Date.from(expires))
                .claim("preferred_username", "hoa.ranger")
                .claim("realm_access", Map.of("roles", List.of("offline_access", "geoparks-manager:" + LANG_SON)));
    }

    static String signed(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    static Map<String, Object> hazard(String park, String place) {
        return Map.of("park", park, "place", place, "type", "high_water", "severity", "high", "place_effect", "closed",
                "title", Map.of("vi", "Nước dâng trong hang"), "advice", Map.of("vi", "Không vào hang"));
    }

    @Test
    void aRangerSignedInAtTheProviderManagesTheirParkUnderTheirOwnName() throws Exception {
        String token = signed(ranger(Instant.now().plusSeconds(300)).build(), KEY);

        EditHttp.Answer created = http.call("/api/v1/hazards").token(token).json("POST", hazard(LANG_SON, KENG_TAO)).send();
        EditHttp.Answer elsewhere = http.call("/api/v1/hazards").token(token)
                .json("POST", hazard(CAO_BANG, ManagedParks.NGUOM_NGAO)).send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT actor FROM audit_log WHERE entity_id = ?", String.class, created.json().path("id").asText()))
                .isEqualTo("hoa.ranger");
        assertThat(elsewhere.status()).isEqualTo(403);
    }

    @Test
    void expiredAlteredForeignOrMisaddressedProviderTokensAreRefused() throws Exception {
        String path = "/api/v1/parks/" + LANG_SON + "/safety-report";
        assertThat(http.call(path).token(signed(ranger(Instant.now().plusSeconds(300)).build(), KEY)).send().status())
                .as("in date, addressed to the catalogue").isEqualTo(200);

        assertThat(http.call(path).token(signed(ranger(Instant.now().minusSeconds(600)).build(), KEY)).send().status())
                .as("expired").isEqualTo(401);
        assertThat(http.call(path).token(signed(ranger(Instant.now().plusSeconds(300)).audience("another-app").build(), KEY)).send().status())
                .as("for another application").isEqualTo(401);
        assertThat(http.call(path).token(signed(ranger(Instant.now().plusSeconds(300)).build(), OTHER_KEY)).send().status())
                .as("signed by another key under the same name").isEqualTo(401);
        String[] parts = signed(ranger(Instant.now().plusSeconds(300)).build(), KEY).split("\\.");
        String admin = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(new String(java.util.Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8).replace("geoparks-manager:" + LANG_SON, "geoparks-admin").getBytes(StandardCharsets.UTF_8));
        assertThat(http.call(path).token(parts[0] + "." + admin + "." + parts[2]).send().status()).as("altered").isEqualTo(401);
        assertThat(http.call(path).token(signed(ranger(Instant.now().plusSeconds(300)).issuer("http://127.0.0.1:1/other").build(), KEY))
                .send().status()).as("another issuer").isEqualTo(401);
    }

    @Test
    void aTokenNamingTheProviderButSignedWithTheCatalogueKeyPassesForNeither() throws Exception {
        byte[] secret = jdbc.queryForObject("SELECT secret FROM auth_signing_key WHERE id = 1", byte[].class);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), ranger(Instant.now().plusSeconds(300)).build());
        jwt.sign(new MACSigner(secret));

        assertThat(http.call("/api/v1/parks/" + LANG_SON + "/safety-report").token(jwt.serialize()).send().status()).isEqualTo(401);
    }

    @Test
    void theCataloguesOwnTokensAreStillAccepted() throws IOException {
        assertThat(http.get("/api/v1/parks/" + CAO_BANG + "/safety-report", CB_MANAGER).status()).isEqualTo(200);
    }
}
