package org.geoparks.catalogue.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@link AuthSettings#maxFailedLogins()} failed sign-ins from
 * one client address, or for one account, further attempts are refused until the window has
 * passed, without checking the password (which is what costs). Kept per instance.
 */
@Component
class LoginThrottle {

    private final int max;
    private final Duration window;
    private final Cache<String, AtomicInteger> failures;

    LoginThrottle(AuthSettings settings) {
        this.max = settings.maxFailedLogins();
        this.window = settings.failureWindow();
        this.failures = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
    }

    /** Whether this client may try to sign in as this account now. */
    boolean allows(String client, String username) {
        return count("client:" + client) < max && count("account:" + username) < max;
    }

    void failed(String client, String username) {
        failures.asMap().computeIfAbsent("client:" + client, k -> new AtomicInteger()).incrementAndGet();
        failures.asMap().computeIfAbsent("account:" + username, k -> new AtomicInteger()).incrementAndGet();
    }

    void succeeded(String client, String username) {
        failures.invalidate("account:" + username);
    }

    Duration window() {
        return window;
    }

    private int count(String key) {
        AtomicInteger count = failures.getIfPresent(key);
        return count == null ? 0 : count.get();
    }
}
