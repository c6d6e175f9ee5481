package org.geoparks.catalogue.webmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Comparator;
import java.util.HexFormat;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The version of the pages' files: a hash of the scripts, styles, icons, templates and labels the
 * service ships. The service worker is registered under it, so a visitor's offline copy of the
 * pages is replaced exactly when one of them changes, and never otherwise.
 */
@Component
class WebMapAssets {

    private static final String[] PATTERNS = {"classpath*:static/webmap/**", "classpath*:webmap/sw.js", "classpath*:templates/webmap/**",
            "classpath*:i18n/messages*.properties"};

    private final String version;
    private final String leaflet;
    private final List<String> files;

    WebMapAssets() {
        this.version = hash();
        this.leaflet = leafletFolder();
        this.files = shippedFiles(leaflet);
    }

    String version() {
        return version;
    }

    /** Where the map library is served: {@code /webjars/leaflet/<version>/dist}, whichever version the build brought. */
    String leaflet() {
        return leaflet;
    }

    /** The URLs of the files the pages need, for the service worker to keep. */
    List<String> files() {
        return files;
    }

    private static String leafletFolder() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:META-INF/resources/webjars/leaflet/*/dist/leaflet.js");
            if (found.length != 1) {
                throw new IllegalStateException("expected one Leaflet WebJar on the class path, found " + found.length);
            }
            String url = found[0].getURL().toString();
            String path = url.substring(url.indexOf("/webjars/leaflet/"));
            return path.substring(0, path.length() - "/leaflet.js".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> shippedFiles(String leaflet) {
        List<String> urls = new ArrayList<>(List.of(leaflet + "/leaflet.js", leaflet + "/leaflet.css", leaflet + "/images/layers.png",
                leaflet + "/images/layers-2x.png", leaflet + "/images/marker-icon.png", leaflet + "/images/marker-icon-2x.png",
                leaflet + "/images/marker-shadow.png"));
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:static/webmap/**")) {
                if (!resource.isReadable()) {
                    continue;
                }
                String url = resource.getURL().toString();
                urls.add(url.substring(url.lastIndexOf("/static/") + "/static".length()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return urls.stream().distinct().sorted().toList();
    }

    private static String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            for (String pattern : PATTERNS) {
                Resource[] found = resolver.getResources(pattern);
                Arrays.sort(found, Comparator.comparing(r -> String.valueOf(r.getFilename()) + r.getDescription()));
                for (Resource resource : found) {
                    if (!resource.isReadable()) {
                        continue; // a folder
                    }
                    digest.update(String.valueOf(resource.getFilename()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    try (InputStream in = resource.getInputStream()) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
