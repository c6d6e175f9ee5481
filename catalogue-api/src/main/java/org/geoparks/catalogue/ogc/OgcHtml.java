package org.geoparks.catalogue.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * Readable HTML pages of the map service (f=html): what a person, or a search engine, sees of
 * each resource. Labels follow the request's language; data come as the API returns them.
 */
final class OgcHtml {

    private static final Map<String, Map<String, String>> LABELS = Map.of(
            "en", Map.of("collections", "Collections", "conformance", "Conformance", "api", "API definition",
                    "items", "Features", "next", "Next page", "prev", "Previous page", "json", "GeoJSON",
                    "jsonld", "schema.org JSON-LD", "matched", "features match", "title", "Geopark heritage catalogue"),
            "vi", Map.of("collections", "Bộ dữ liệu", "conformance", "Tiêu chuẩn tuân thủ", "api", "Mô tả API",
                    "items", "Đối tượng", "next", "Trang sau", "prev", "Trang trước", "json", "GeoJSON",
                    "jsonld", "schema.org JSON-LD", "matched", "đối tượng phù hợp", "title", "Danh mục di sản công viên địa chất"),
            "zh-Hans", Map.of("collections", "数据集", "conformance", "符合性", "api", "API 定义",
                    "items", "要素", "next", "下一页", "prev", "上一页", "json", "GeoJSON",
                    "jsonld", "schema.org JSON-LD", "matched", "个要素符合条件", "title", "地质公园遗产目录"));

    private final String language;
    private final StringBuilder out = new StringBuilder(8192);

    OgcHtml(String language, String title) {
        this.language = LABELS.containsKey(language) ? language : "en";
        out.append("<!DOCTYPE html><html lang=\"").append(e(this.language)).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(e(title)).append(" · ").append(e(label("title"))).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:0;color:#1d2b1f}header{background:#2f5d3a;color:#fff;padding:.8rem 1.2rem}")
                .append("header a{color:#fff}main{padding:1rem 1.2rem;max-width:70rem}table{border-collapse:collapse;width:100%}")
                .append("td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}")
                .append("nav.formats a{margin-right:1rem}code{background:#f3f3f3;padding:0 .2rem}</style></head><body>")
                .append("<header><a href=\"/ogc?f=html\">").append(e(label("title"))).append("</a></header><main><h1>")
                .append(e(title)).append("</h1>");
    }

    String label(String key) {
        return LABELS.get(language).getOrDefault(key, LABELS.get("en").get(key));
    }

    OgcHtml paragraph(String text) {
        out.append("<p>").append(e(text)).append("</p>");
        return this;
    }

    OgcHtml links(List<Link> links) {
        out.append("<ul>");
        for (Link link : links) {
            out.append("<li><a href=\"").append(e(link.href())).append("\">")
                    .append(e(link.title() != null ? link.title() : link.rel())).append("</a> <small>")
                    .append(e(link.rel())).append(link.type() != null ? " · " + e(link.type()) : "").append("</small></li>");
        }
        out.append("</ul>");
        return this;
    }

    OgcHtml heading(String text) {
        out.append("<h2>").append(e(text)).append("</h2>");
        return this;
    }

    /** A table of features: id (linked), name, and the other scalar properties. */
    OgcHtml features(List<JsonNode> features, String itemsPath) {
        out.append("<table><thead><tr><th>id</th><th>name</th><th></th></tr></thead><tbody>");
        for (JsonNode f : features) {
            String id = f.path("id").asText();
            JsonNode p = f.path("properties");
            String name = p.hasNonNull("name") ? p.path("name").asText() : p.path("title").asText("");
            out.append("<tr><td><a href=\"").append(e(itemsPath + "/" + id + "?f=html")).append("\">").append(e(id))
                    .append("</a></td><td>").append(e(name)).append("</td><td>").append(e(summary(p))).append("</td></tr>");
        }
        out.append("</tbody></table>");
        return this;
    }

    /** All properties of one feature. */
    OgcHtml properties(JsonNode properties) {
        out.append("<table><tbody>");
        Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode v = field.getValue();
            if (v.isNull()) {
                continue;
            }
            out.append("<tr><th>").append(e(field.getKey())).append("</th><td>")
                    .append(e(v.isValueNode() ? v.asText() : v.toString())).append("</td></tr>");
        }
        out.append("</tbody></table>");
        return this;
    }

    OgcHtml code(String text) {
        out.append("<pre><code>").append(e(text)).append("</code></pre>");
        return this;
    }

    /** Embeds the schema.org description, which search engines read from the page. */
    OgcHtml jsonLd(String json) {
        out.append("<script type=\"application/ld+json\">").append(json.replace("</", "<\\/")).append("</script>");
        return this;
    }

    OgcHtml formats(List<Link> alternates) {
        out.append("<nav class=\"formats\">");
        for (Link link : alternates) {
            out.append("<a href=\"").append(e(link.href())).append("\">").append(e(link.title() != null ? link.title() : link.type())).append("</a>");
        }
        out.append("</nav>");
        return this;
    }

    String render() {
        return out.append("</main></body></html>").toString();
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

    static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
