package org.geoparks.catalogue.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The address clients reach the service at, decided once: {@code catalogue.public-url} (set it
 * behind a proxy or on a public host), else the loopback address of the port it listens on. Links
 * in answers are built from it and never from a request's {@code Host} or {@code X-Forwarded-*}
 * headers, which any client can forge and which would then poison the pages cached for everybody.
 */
@Component
public class PublicUrl {

    private final String configured;
    private volatile String base;

    PublicUrl(@Value("${catalogue.public-url:}") String configured) {
        this.configured = configured == null || configured.isBlank() ? null : strip(configured.strip());
        this.base = this.configured;
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        // the main server has no namespace; a separate management server would be "management"
        if (configured == null && event.getApplicationContext().getServerNamespace() == null) {
            base = "http://127.0.0.1:" + event.getWebServer().getPort();
        }
    }

    /** The base URL without a trailing slash, e.g. {@code https://geoparks.example.org}. */
    public String base() {
        String b = base;
        return b != null ? b : "http://127.0.0.1";
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
