package org.geoparks.catalogue.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Posts the notifications that are due, in every instance: each claims its own (see
 * {@link Subscriptions#claim}), signs the body with the subscription's secret and the time of the
 * attempt, and writes the outcome to the delivery log. A 2xx answer delivers; anything else, or
 * no answer, is tried again after a wait that doubles, until {@link WebhookSettings#maxAttempts()}.
 * Receivers may see a notification twice (an instance stopped mid-post): {@value Signatures#DELIVERY_HEADER}
 * tells them it is the same one. Only service instances post: command-line tools (imports, keys)
 * share the catalogue's code but not this work.
 */
@Component
@ConditionalOnWebApplication
class WebhookDeliverer {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliverer.class);
    private static final int BATCH = 20;

    private final Subscriptions subscriptions;
    private final WebhookSettings settings;
    private final HttpClient http;

    WebhookDeliverer(Subscriptions subscriptions, WebhookSettings settings) {
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${catalogue.webhooks.poll-interval:1s}")
    void deliverDue() {
        if (!settings.deliver()) {
            return;
        }
        try {
            List<Subscriptions.Due> due;
            do {
                due = subscriptions.claim(BATCH, settings.lease());
                due.forEach(this::post);
            } while (due.size() == BATCH);
        } catch (RuntimeException e) {
            log.warn("Could not deliver webhooks ({}); they stay queued.", e.getMessage());
        }
    }

    void post(Subscriptions.Due d) {
        int attempt = d.attempts() + 1;
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            URI target = TargetAddresses.check(d.url(), settings.allowPrivateTargets());
            byte[] body = d.body().getBytes(StandardCharsets.UTF_8);
            long timestamp = System.currentTimeMillis() / 1000;
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(target)
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "geopark-catalogue-webhooks")
                    .header(Signatures.DELIVERY_HEADER, d.id())
                    .header(Signatures.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(Signatures.SIGNATURE_HEADER, Signatures.sign(d.secret(), timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(), HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status / 100 != 2) {
                error = "the receiver answered " + status;
            }
        } catch (IllegalArgumentException e) {
            error = "refused target: " + e.getMessage();
        } catch (java.io.IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        boolean delivered = error == null;
        boolean givenUp = !delivered && attempt >= settings.maxAttempts();
        Duration retry = settings.retryAfter(attempt, java.util.concurrent.ThreadLocalRandom.current().nextDouble());
        subscriptions.attempted(d.id(), attempt, status, error, ms, delivered, givenUp, retry);
        if (givenUp) {
            log.warn("Gave up webhook delivery {} to subscription {} after {} attempts: {}", d.id(), d.subscriptionId(), attempt, error);
        }
    }
}
