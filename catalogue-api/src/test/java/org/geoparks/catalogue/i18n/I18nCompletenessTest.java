package org.geoparks.catalogue.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.geoparks.catalogue.hazard.HazardType;
import org.geoparks.catalogue.hazard.Severity;
import org.geoparks.catalogue.partner.PartnerType;
import org.geoparks.catalogue.place.PlaceKind;
import org.geoparks.catalogue.place.PlaceStatus;
import org.geoparks.catalogue.route.Difficulty;
import org.geoparks.catalogue.route.RouteMode;
import org.geoparks.catalogue.sign.SignCondition;
import org.geoparks.catalogue.support.CodedEnum;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The service's own pages speak Vietnamese, English and Chinese completely: every label is in
 * every bundle with the same placeholders, no template carries text of its own, and every label
 * the pages' scripts ask for exists — including one for every value of the catalogue's
 * enumerations that the pages show.
 */
class I18nCompletenessTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final List<String> BUNDLES = List.of("messages.properties", "messages_vi.properties", "messages_zh.properties");
    /** Attributes a person reads or hears: they must come from the bundles too. */
    static final Set<String> SPOKEN_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "aria-description", "content", "label");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve("i18n").resolve(name))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyBundleHasEveryKeyWithTheSamePlaceholdersAndNoEmptyLabel() throws IOException {
        Properties base = bundle(BUNDLES.get(0));
        for (String name : BUNDLES) {
            Properties other = bundle(name);
            assertThat(other.stringPropertyNames()).as(name + " has the keys of messages.properties, no more, no less")
                    .containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
            for (String key : base.stringPropertyNames()) {
                assertThat(other.getProperty(key)).as(name + ": " + key).isNotBlank();
                assertThat(placeholders(other.getProperty(key))).as(name + ": the placeholders of " + key)
                        .isEqualTo(placeholders(base.getProperty(key)));
            }
        }
    }

    @Test
    void templatesHaveNoTextOfTheirOwnAndUseOnlyKeysThatExist() throws IOException {
        Set<String> keys = bundle(BUNDLES.get(0)).stringPropertyNames();
        List<String> problems = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            templates = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(templates).isNotEmpty();
        for (Path template : templates) {
            String html = Files.readString(template);
            Document document = Jsoup.parse(html, "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext");
                if (!replaced && !Set.of("script", "style").contains(element.tagName())) {
                    for (TextNode text : element.textNodes()) {
                        if (!text.isBlank()) {
                            problems.add(template.getFileName() + ": text of its own in <" + element.tagName() + ">: '" + text.text().strip() + "'");
                        }
                    }
                }
                for (var attribute : element.attributes()) {
                    if (SPOKEN_ATTRIBUTES.contains(attribute.getKey()) && !attribute.getValue().isBlank()
                            && !(element.tagName().equals("meta") && !element.attr("name").equals("description"))) {
                        problems.add(template.getFileName() + ": attribute " + attribute.getKey() + "='" + attribute.getValue()
                                + "' on <" + element.tagName() + "> is not from the bundles (use th:attr)");
                    }
                }
            }
            Matcher used = Pattern.compile("#\\{([A-Za-z0-9._-]+)").matcher(html);
            while (used.find()) {
                if (!keys.contains(used.group(1))) {
                    problems.add(template.getFileName() + ": no label '" + used.group(1) + "' in the bundles");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyLabelThePagesScriptsAskForExists() throws IOException {
        Set<String> keys = bundle(BUNDLES.get(0)).stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("static/webmap"))) {
            scripts = files.filter(p -> p.toString().endsWith(".js")).toList();
        }
        assertThat(scripts).isNotEmpty();
        Pattern literal = Pattern.compile("t\\('(web\\.[A-Za-z0-9._-]+)'");
        Pattern template = Pattern.compile("(?:t\\(|data-i18n[a-z-]*=\")['\"]?(web\\.[A-Za-z0-9._-]+)['\"]");
        for (Path script : scripts) {
            String source = Files.readString(script);
            for (Pattern pattern : List.of(literal, template)) {
                Matcher m = pattern.matcher(source);
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(script.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyValueThePagesShowOfAnEnumerationHasALabel() throws IOException {
        Set<String> keys = bundle(BUNDLES.get(0)).stringPropertyNames();
        Map<String, Class<? extends CodedEnum>> shown = Map.of(
                "web.kind.", PlaceKind.class, "web.status.", PlaceStatus.class, "web.hazard.type.", HazardType.class,
                "web.severity.", Severity.class, "web.partner.type.", PartnerType.class, "web.route.mode.", RouteMode.class,
                "web.route.difficulty.", Difficulty.class, "web.sign.condition.", SignCondition.class);
        List<String> missing = new ArrayList<>();
        shown.forEach((prefix, type) -> Arrays.stream(type.getEnumConstants())
                .map(value -> prefix + value.code()).filter(key -> !keys.contains(key)).forEach(missing::add));
        for (String language : LanguagePreference.CATALOGUE_LANGUAGES) {
            if (!keys.contains("web.language." + language)) {
                missing.add("web.language." + language);
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<String> placeholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found.stream().sorted().distinct().toList();
    }
}
