package org.geoparks.catalogue.webmap;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The tourists' map at {@code /}, the managers' page at {@code /manage}, and what makes them an
 * installable app that works offline: labels per language, the manifest, the service worker and
 * the list of files it keeps.
 */
@Controller
class WebMapController {

    private final WebMapSettings settings;
    private final WebMapLabels labels;
    private final WebMapAssets assets;
    private final byte[] serviceWorker;
    /** Thymeleaf's view resolver exists in a web application only; the controller is also made in the importer's contexts. */
    private final ObjectProvider<ThymeleafViewResolver> views;
    /** The feedback form counts down from the limit the service enforces. */
    private final int feedbackMaxLength;

    WebMapController(WebMapSettings settings, WebMapLabels labels, WebMapAssets assets, ObjectProvider<ThymeleafViewResolver> views,
                     @Value("${catalogue.feedback.max-comment-length:1000}") int feedbackMaxLength) throws IOException {
        this.views = views;
        this.feedbackMaxLength = feedbackMaxLength;
        this.settings = settings;
        this.labels = labels;
        this.assets = assets;
        try (InputStream in = new ClassPathResource("webmap/sw.js").getInputStream()) {
            this.serviceWorker = in.readAllBytes();
        }
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView map(HttpServletRequest request) throws Exception {
        return page("webmap/map", request);
    }

    @GetMapping(path = "/manage", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView manage(HttpServletRequest request) throws Exception {
        return page("webmap/manage", request);
    }

    private ModelAndView page(String template, HttpServletRequest request) throws Exception {
        String language = PageLanguage.of(request);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", language);
        model.put("version", assets.version());
        model.put("leaflet", assets.leaflet());
        model.put("baseTiles", settings.baseTiles());
        model.put("baseAttribution", settings.baseAttribution());
        model.put("baseMaxZoom", settings.baseMaxZoom());
        model.put("feedbackMaxLength", feedbackMaxLength);
        // the view resolved for the language chosen here (a view's labels follow the locale it was
        // resolved for, which Spring would take from Accept-Language); the page's scripts switch in place
        View view = views.getObject().resolveViewName(template, PageLanguage.locale(language));
        return new ModelAndView(view, model);
    }

    @GetMapping(path = "/webmap/labels/{lang}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, String>> labels(@PathVariable String lang) {
        String language = served(lang);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).header(HttpHeaders.CONTENT_LANGUAGE, language)
                .body(labels.of(language));
    }

    @GetMapping(path = "/webmap/manifest.webmanifest", produces = "application/manifest+json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> manifest(@RequestParam(required = false) String lang, HttpServletRequest request) {
        String language = lang == null ? PageLanguage.of(request) : served(lang);
        Map<String, String> text = labels.of(language);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("name", text.get("web.app.name"));
        manifest.put("short_name", text.get("web.app.short-name"));
        manifest.put("description", text.get("web.app.description"));
        manifest.put("lang", language);
        manifest.put("id", "/");
        manifest.put("start_url", "/");
        manifest.put("scope", "/");
        manifest.put("display", "standalone");
        manifest.put("background_color", "#ffffff");
        manifest.put("theme_color", "#0b5d3b");
        List<Map<String, String>> icons = new ArrayList<>();
        icons.add(Map.of("src", "/webmap/icons/app-192.png", "sizes", "192x192", "type", "image/png", "purpose", "any"));
        icons.add(Map.of("src", "/webmap/icons/app-512.png", "sizes", "512x512", "type", "image/png", "purpose", "any"));
        icons.add(Map.of("src", "/webmap/icons/app.svg", "sizes", "any", "type", "image/svg+xml", "purpose", "any"));
        manifest.put("icons", icons);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(manifest);
    }

    /** The service worker, at the root so that its scope is the whole site; never cached by HTTP, as browsers expect. */
    @GetMapping(path = "/sw.js", produces = "text/javascript")
    @ResponseBody
    ResponseEntity<byte[]> serviceWorker() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
                .body(serviceWorker);
    }

    /** What the service worker keeps for offline use: the pages' files at this version. */
    @GetMapping(path = "/webmap/offline-files.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> offlineFiles() {
        List<String> files = new ArrayList<>(List.of("/", "/webmap/manifest.webmanifest"));
        for (String language : LanguagePreference.CATALOGUE_LANGUAGES) {
            files.add("/webmap/labels/" + language + ".json");
        }
        files.addAll(assets.files());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", assets.version());
        answer.put("files", files);
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ZERO).mustRevalidate()).body(answer);
    }

    private static String served(String lang) {
        try {
            String language = LanguagePreference.explicit(lang).primary();
            if (PageLanguage.isServed(language)) {
                return language;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new InvalidParameterException("lang", "the pages speak vi, en and zh-Hans, not '" + lang + "'");
    }
}
