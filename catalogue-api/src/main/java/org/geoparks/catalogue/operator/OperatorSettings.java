package org.geoparks.catalogue.operator;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operators' access ({@code catalogue.operators} in application.yaml).
 *
 * @param anonymousLimit requests an anonymous client (one address) may make in each window
 * @param operatorLimit  requests one operator key (or signed-in account) may make in each window
 * @param window         the quota's window: the whole quota comes back when it has passed
 * @param limitedPaths   the paths the quotas apply to (Spring path patterns): the operators' API, not the
 *                       audio guide's documents and packs under the same routes
 * @param keyTouchEvery  how often a key's last-used time is written at most (not on every request)
 */
@ConfigurationProperties("catalogue.operators")
public record OperatorSettings(
        @DefaultValue("60") int anonymousLimit,
        @DefaultValue("1200") int operatorLimit,
        @DefaultValue("1m") Duration window,
        @DefaultValue({"/api/v1/routes", "/api/v1/routes/*", "/api/v1/routes/*/hazards", "/api/v1/parks/*/routes.*",
                "/api/v1/places/*/nearby", "/api/v1/webhooks", "/api/v1/webhooks/**"}) List<String> limitedPaths,
        @DefaultValue("1m") Duration keyTouchEvery) {

    public OperatorSettings {
        if (anonymousLimit < 1 || operatorLimit < 1) {
            throw new IllegalArgumentException("catalogue.operators: the limits must be at least 1 request per window");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("catalogue.operators.window must be positive");
        }
        limitedPaths = List.copyOf(limitedPaths);
    }
}
