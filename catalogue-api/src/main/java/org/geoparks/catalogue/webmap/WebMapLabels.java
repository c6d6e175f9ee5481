package org.geoparks.catalogue.webmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The pages' labels in one language, for the scripts that switch language without a reload: the
 * keys under {@code web.} in the service's message bundles (the same bundles the templates read),
 * as patterns ({@code {0}} is filled in by the page).
 */
@Component
class WebMapLabels {

    static final String PREFIX = "web.";

    private final MessageSource messages;
    private final List<String> keys;

    WebMapLabels(MessageSource messages) {
        this.messages = messages;
        this.keys = keysOfBaseBundle();
    }

    Map<String, String> of(String language) {
        Map<String, String> labels = new TreeMap<>();
        for (String key : keys) {
            labels.put(key, messages.getMessage(key, null, PageLanguage.locale(language)));
        }
        return labels;
    }

    private static List<String> keysOfBaseBundle() {
        Properties base = new Properties();
        try (InputStream in = new ClassPathResource("i18n/messages.properties").getInputStream()) {
            base.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the message bundle i18n/messages.properties is missing", e);
        }
        return base.stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX)).sorted().toList();
    }
}
