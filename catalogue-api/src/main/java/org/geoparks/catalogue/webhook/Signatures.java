package org.geoparks.catalogue.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a notification proves where it comes from: HMAC-SHA256 with the subscription's secret over
 * {@code <timestamp>.<body>}, sent as {@code Geopark-Signature: sha256=<hex>} beside
 * {@code Geopark-Timestamp} (Unix seconds). Signing the timestamp lets a receiver refuse an old
 * notification played again.
 */
public final class Signatures {

    public static final String SIGNATURE_HEADER = "Geopark-Signature";
    public static final String TIMESTAMP_HEADER = "Geopark-Timestamp";
    public static final String DELIVERY_HEADER = "Geopark-Delivery";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Signatures() {
    }

    /** A new secret for a subscription: 256 random bits. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The value of the signature header for this body sent at this time. */
    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
