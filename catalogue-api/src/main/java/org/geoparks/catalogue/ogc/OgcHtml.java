package org.geoparks.catalogue.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Readable HTML pages of the map service (f=html): what a person, or a search engine, sees of each
 * resource. One template draws every page; labels follow the request's language.
 */
@Component
class OgcHtml {

    private final ITemplateEngine templates;

    OgcHtml(ITemplateEngine templates) {
        this.templates = templates;
    }

    String render(HtmlPage page) {
        return templates.process("ogc/page", new Context(Locale.forLanguageTag(page.language), Map.of("page", page)));
    }

    /** A features table: id (linked), name, and the codes that say what each is. */
    static List<HtmlPage.Row> rows(List<JsonNode> features, String itemsPath) {
        return features.stream().map(f -> {
            String id = f.path("id").asText();
            JsonNode p = f.path("properties");
            String name = p.hasNonNull("name") ? p.path("name").asText() : p.path("title").asText("");
            return new HtmlPage.Row(id, itemsPath + "/" + id + "?f=html", name, summary(p));
        }).toList();
    }

    /** All properties of one feature. */
    static HtmlPage properties(HtmlPage page, JsonNode properties) {
        properties.fields().forEachRemaining(field -> {
            JsonNode v = field.getValue();
            if (!v.isNull()) {
                page.property(field.getKey(), v.isValueNode() ? v.asText() : v.toString());
            }
        });
        return page;
    }

    private static String summary(JsonNode p) {
        StringBuilder s = new StringBuilder();
        for (String key : List.of("kind", "type", "category", "park", "status", "severity", "mode", "difficulty", "condition", "length_m")) {
            if (p.hasNonNull(key)) {
                s.append(s.isEmpty() ? "" : " · ").append(p.path(key).asText());
            }
        }
        return s.toString();
    }
}
