package org.geoparks.catalogue.ogc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;
import org.geoparks.catalogue.system.PublicUrl;

/** Absolute links of the map service, from the service's one public address (never the request's Host). */
final class OgcLinks {

    private final String base;

    private OgcLinks(String base) {
        this.base = base;
    }

    static OgcLinks of(PublicUrl url) {
        return new OgcLinks(url.base() + "/ogc");
    }

    String root() {
        return base;
    }

    String to(String path) {
        return base + path;
    }

    String to(String path, OutputFormat f) {
        return base + path + "?f=" + f.parameter();
    }

    /** The same request with some parameters replaced (null removes one), every other kept. */
    static String withParams(String path, MultiValueMap<String, String> params, Map<String, String> replaced) {
        Map<String, String> merged = new LinkedHashMap<>();
        params.forEach((name, values) -> merged.put(name, values.get(0)));
        replaced.forEach((name, value) -> {
            if (value == null) {
                merged.remove(name);
            } else {
                merged.put(name, value);
            }
        });
        if (merged.isEmpty()) {
            return path;
        }
        return path + "?" + merged.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2C", ",").replace("%3A", ":").replace("%2F", "/");
    }
}
