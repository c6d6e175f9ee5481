package org.geoparks.catalogue.ogc;

import java.util.ArrayList;
import java.util.List;

/**
 * What an HTML page of the map service shows, section by section, for the one template that
 * draws them all ({@code templates/ogc/page.html}). Data come as the API returns them; labels
 * come from the message bundles in the page's language.
 */
final class HtmlPage {

    /** A row of a features table: the feature's id and page, its name, and a summary of its codes. */
    record Row(String id, String href, String name, String summary) {
    }

    /** A property of a feature and its value as text. */
    record Property(String name, String value) {
    }

    /** A headed block of preformatted text (a geometry, an extent). */
    record Code(String heading, String text) {
    }

    final String language;
    final String title;
    final List<String> paragraphs = new ArrayList<>();
    final List<Link> formats = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    Long matched;
    List<Row> features;
    final List<Property> properties = new ArrayList<>();
    final List<Code> code = new ArrayList<>();
    String jsonLd;

    HtmlPage(String language, String title) {
        this.language = language;
        this.title = title;
    }

    HtmlPage paragraph(String text) {
        if (text != null && !text.isBlank()) {
            paragraphs.add(text);
        }
        return this;
    }

    HtmlPage formats(List<Link> alternates) {
        formats.addAll(alternates);
        return this;
    }

    HtmlPage links(List<Link> list) {
        links.addAll(list);
        return this;
    }

    HtmlPage matched(long count) {
        this.matched = count;
        return this;
    }

    HtmlPage features(List<Row> rows) {
        this.features = rows;
        return this;
    }

    HtmlPage property(String name, String value) {
        properties.add(new Property(name, value));
        return this;
    }

    HtmlPage code(String heading, String text) {
        code.add(new Code(heading, text));
        return this;
    }

    /** The schema.org description search engines read from the page; {@code </} cannot end the script early. */
    HtmlPage jsonLd(String json) {
        this.jsonLd = json.replace("</", "<\\/");
        return this;
    }

    // Read by the template.
    public String getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getParagraphs() {
        return paragraphs;
    }

    public List<Link> getFormats() {
        return formats;
    }

    public List<Link> getLinks() {
        return links;
    }

    public Long getMatched() {
        return matched;
    }

    public List<Row> getFeatures() {
        return features;
    }

    public List<Property> getProperties() {
        return properties;
    }

    public List<Code> getCode() {
        return code;
    }

    public String getJsonLd() {
        return jsonLd;
    }
}
