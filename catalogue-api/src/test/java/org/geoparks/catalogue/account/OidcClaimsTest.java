package org.geoparks.catalogue.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.layer.EditRight;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class OidcClaimsTest {

    static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("4f1c-uuid")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    static ParkRights rights(OidcClaims claims, Jwt jwt) {
        return ParkRights.of(new JwtAuthenticationToken(jwt, claims.authorities(jwt), claims.username(jwt)));
    }

    @Test
    void keycloakRealmRolesWithAPrefixBecomeParkRights() {
        OidcClaims claims = new OidcClaims(new AuthSettings.Oidc("https://id.example.org/realms/geoparks", null, null,
                "preferred_username", "realm_access.roles", "geoparks-"));
        Jwt jwt = token(Map.of("preferred_username", "ranger.hoa", "realm_access",
                Map.of("roles", List.of("offline_access", "geoparks-manager:lang-son", "geoparks-editor:non-nuoc-cao-bang", "manager:dak-nong"))));

        ParkRights rights = rights(claims, jwt);

        assertThat(rights.actor()).isEqualTo("ranger.hoa");
        assertThat(rights.may(EditRight.SAFETY, "lang-son")).isTrue();
        assertThat(rights.may(EditRight.CONTENT, "non-nuoc-cao-bang")).isTrue();
        assertThat(rights.may(EditRight.SAFETY, "non-nuoc-cao-bang")).isFalse();
        assertThat(rights.may(EditRight.CONTENT, "dak-nong")).as("a role without the prefix is somebody else's").isFalse();
        assertThat(rights.isAdmin()).isFalse();
    }

    @Test
    void rolesGivenAsOneSpaceSeparatedStringAreReadToo() {
        OidcClaims claims = new OidcClaims(new AuthSettings.Oidc("https://id.example.org", null, null, "preferred_username", "scope_roles", ""));
        Jwt jwt = token(Map.of("scope_roles", "admin something-else"));

        assertThat(rights(claims, jwt).isAdmin()).isTrue();
    }

    @Test
    void withoutAUsernameTheSubjectNamesThePersonAndUnknownRolesGrantNothing() {
        OidcClaims claims = new OidcClaims(new AuthSettings.Oidc("https://id.example.org", null, null, "preferred_username", "roles", ""));
        Jwt jwt = token(Map.of("roles", List.of("manager:Not A Park", "superuser", "editor:")));

        ParkRights rights = rights(claims, jwt);

        assertThat(rights.actor()).isEqualTo("4f1c-uuid");
        assertThat(claims.authorities(jwt)).isEmpty();
        assertThat(rights.isSignedIn()).isTrue();
    }
}
