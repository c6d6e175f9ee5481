package org.geoparks.catalogue.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Accounts for tests, and signing in with them as a client does. */
public final class Accounts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Accounts() {
    }

    /** An account with a role, for a park when the role is per park. */
    public static void create(JdbcTemplate jdbc, String username, String password, String role, String parkId) {
        jdbc.update("INSERT INTO account (username, display_name, password_hash) VALUES (?, ?, ?) ON CONFLICT (username) DO NOTHING",
                username, username, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
        jdbc.update("INSERT INTO account_role (account_id, role, park_id) SELECT id, ?, ? FROM account WHERE username = ? ON CONFLICT DO NOTHING",
                role, parkId, username);
    }

    /** Signs in through the service and gives the Authorization header value to send. */
    public static String bearer(int port, String username, String password) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("username", username).put("password", password).toString()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("signing in as " + username + " gave " + response.statusCode() + ": " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return "Bearer " + body.path("access_token").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
