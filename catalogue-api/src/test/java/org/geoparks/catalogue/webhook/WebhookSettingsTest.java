package org.geoparks.catalogue.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Retries wait twice as long each time, spread a little, up to the longest wait; targets are public http(s) URLs. */
class WebhookSettingsTest {

    private final WebhookSettings settings = new WebhookSettings(true, Duration.ofSeconds(1), Duration.ofDays(2), Duration.ofMinutes(15), 8,
            Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofMinutes(2), false);

    @Test
    void theWaitDoublesUpToTheLongest() {
        assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.retryAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.retryAfter(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(settings.retryAfter(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.retryAfter(30)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theWaitIsSpreadUpToAQuarterEitherWayButNeverBeyondTheLongest() {
        assertThat(settings.retryAfter(2, 0.0)).isEqualTo(Duration.ofSeconds(45));
        assertThat(settings.retryAfter(2, 0.5)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.retryAfter(2, 1.0)).isEqualTo(Duration.ofSeconds(75));
        assertThat(settings.retryAfter(30, 0.0)).isEqualTo(Duration.ofSeconds(225));
        assertThat(settings.retryAfter(30, 1.0)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void targetsArePublicHttpUrlsWithoutCredentials() {
        assertThatThrownBy(() -> TargetAddresses.check("http://127.0.0.1:5432/", false)).hasMessageContaining("private");
        assertThatThrownBy(() -> TargetAddresses.check("http://10.1.2.3/hook", false)).hasMessageContaining("private");
        assertThatThrownBy(() -> TargetAddresses.check("http://[::1]/hook", false)).hasMessageContaining("private");
        assertThatThrownBy(() -> TargetAddresses.check("ftp://example.org/x", true)).hasMessageContaining("http");
        assertThatThrownBy(() -> TargetAddresses.check("https://user:pw@example.org/x", true)).hasMessageContaining("credentials");
        assertThatThrownBy(() -> TargetAddresses.check("hooks/relative", true)).hasMessageContaining("absolute");
        assertThat(TargetAddresses.check("http://127.0.0.1:8080/h", true).getPort()).isEqualTo(8080);
    }

    @Test
    void aSignatureCoversTheTimestampAndTheBody() {
        byte[] body = "{\"a\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String signed = Signatures.sign("whsec_x", 1_700_000_000L, body);
        assertThat(signed).startsWith("sha256=").hasSize(7 + 64);
        assertThat(Signatures.sign("whsec_x", 1_700_000_001L, body)).isNotEqualTo(signed);
        assertThat(Signatures.sign("whsec_y", 1_700_000_000L, body)).isNotEqualTo(signed);
        assertThat(Signatures.newSecret()).startsWith("whsec_").isNotEqualTo(Signatures.newSecret());
    }
}
