package org.geoparks.catalogue.account;

import java.security.SecureRandom;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The HMAC key of the catalogue's access tokens, kept in the database so that every instance
 * signs and verifies with the same key: the first instance to start makes it.
 */
@Component
class SigningKey {

    private final SecretKey key;

    SigningKey(JdbcTemplate jdbc) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.update("INSERT INTO auth_signing_key (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING", (Object) fresh);
        byte[] secret = jdbc.queryForObject("SELECT secret FROM auth_signing_key WHERE id = 1", byte[].class);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    SecretKey key() {
        return key;
    }
}
