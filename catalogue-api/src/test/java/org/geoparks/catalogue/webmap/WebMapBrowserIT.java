package org.geoparks.catalogue.webmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geoparks.catalogue.webmap.WebMapTestData.CAVE;
import static org.geoparks.catalogue.webmap.WebMapTestData.FALLS;
import static org.geoparks.catalogue.webmap.WebMapTestData.PARK;
import static org.geoparks.catalogue.webmap.WebMapTestData.ROUTE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.geoparks.catalogue.guide.NarrationService;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.partner.PartnerService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.route.RouteService;
import org.geoparks.catalogue.testing.Accounts;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tourists' page in a real browser (headless Chromium): what a visitor sees and does, at
 * desktop and phone sizes, with the keyboard, in three languages, and with no signal. Each test
 * saves a screenshot under target/webmap-screenshots/.
 */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "catalogue.feedback.per-client=3")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebMapBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ParkService parks;
    @Autowired
    PlaceService places;
    @Autowired
    RouteService routes;
    @Autowired
    PartnerService partners;
    @Autowired
    NarrationService narrations;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void aParkWithNarratedPlacesARouteAndAManager() {
        WebMapTestData.load(port, parks, places, routes, partners, narrations, jdbc);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void theMapLoadsItsLayersWithNoConsoleErrors() {
        try (Browser browser = Browser.open(1280, 800, "en-GB,en")) {
            browser.visit(base() + "/");
            browser.waitUntil(d -> browser.all(".marker-place").size() == 3, "three places on the map");
            assertThat(browser.all(".marker-hazard")).hasSize(1);
            assertThat(browser.all(".marker-partner")).hasSize(1);
            assertThat(browser.all(".leaflet-overlay-pane path")).as("the park's outline and the route").hasSizeGreaterThanOrEqualTo(2);
            assertThat(browser.find(".marker-place.kind-waterfall").getAttribute("aria-label")).isEqualTo("Bản Giốc Waterfall — Waterfall");
            assertThat(browser.find(".leaflet-control-attribution").getText()).contains("Geopark heritage catalogue");
            browser.screenshot("tourist-desktop-map");
            assertThat(browser.lowContrastTexts()).as("WCAG AA contrast").isEmpty();

            // without a mouse: a marker takes the focus, Enter opens its panel, Escape closes it
            WebElement cave = browser.find(".marker-place.kind-cave");
            assertThat(cave.getAttribute("tabindex")).isEqualTo("0");
            browser.script("arguments[0].focus()", cave);
            cave.sendKeys(Keys.ENTER);
            browser.waitUntil(d -> browser.find("#panel-title").getText().equals("Ngườm Ngao Cave"), "the cave's panel from the keyboard");
            assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).as("the focus moves to the panel").isEqualTo("panel-title");
            browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            browser.waitUntil(d -> !browser.find("#panel").isDisplayed(), "the panel closed");
            assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("search-input");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void typingBanGiocWithoutDiacriticsFindsBanGiocAndOpensItsPanel() {
        try (Browser browser = Browser.open(1280, 800, "en")) {
            browser.visit(base() + "/");
            WebElement search = browser.find("#search-input");
            search.click();
            search.sendKeys("ban gioc");
            browser.waitUntil(d -> browser.all("#suggestions [role=option]").stream().anyMatch(o -> o.getText().contains("Bản Giốc Waterfall")),
                    "a suggestion for Bản Giốc");
            assertThat(search.getAttribute("aria-expanded")).isEqualTo("true");
            List<WebElement> options = browser.all("#suggestions [role=option]");
            int index = 0;
            while (!options.get(index).getText().contains("Bản Giốc Waterfall")) {
                index++;
            }
            for (int i = 0; i <= index; i++) {
                search.sendKeys(Keys.ARROW_DOWN);
            }
            assertThat(search.getAttribute("aria-activedescendant")).isEqualTo("suggestion-" + index);
            search.sendKeys(Keys.ENTER);
            browser.waitUntil(d -> browser.find("#panel-title").getText().equals("Bản Giốc Waterfall"), "the waterfall's panel");
            assertThat(browser.driver.getCurrentUrl()).endsWith("#place=" + FALLS);
            assertThat(browser.find("[data-place] .status").getAttribute("data-status")).isEqualTo("open");
            browser.waitUntil(d -> !browser.all("#guide-audio").isEmpty(), "the audio guide");
            assertThat(browser.all(".routes button").stream().map(WebElement::getText)).contains("A walk around the waterfall");
            assertThat(browser.all(".partners button").stream().map(WebElement::getText)).contains("Sample cooperative");
            browser.screenshot("tourist-desktop-place");
            assertThat(browser.lowContrastTexts()).as("WCAG AA contrast").isEmpty();

            // the whole search: results with their snippets, each a button
            search.clear();
            search.sendKeys("cave", Keys.ENTER);
            browser.waitUntil(d -> browser.all(".result-list .result").stream().anyMatch(r -> r.getText().contains("Ngườm Ngao Cave")), "search results");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void chineseShowsTheChineseNameAndIsRememberedAfterReload() {
        try (Browser browser = Browser.open(1280, 800, "en")) {
            browser.visit(base() + "/#place=" + FALLS);
            browser.waitUntil(d -> browser.find("#panel-title").getText().equals("Bản Giốc Waterfall"), "the English name");
            browser.find("[data-lang='zh-Hans']").click();
            browser.waitUntil(d -> browser.find("#panel-title").getText().equals("板约瀑布"), "the Chinese name");
            assertThat(browser.find("[data-lang='zh-Hans']").getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-Hans");
            assertThat(browser.find("#search-input").getAttribute("placeholder")).startsWith("搜索");
            assertThat(browser.find(".marker-place.kind-waterfall").getAttribute("aria-label")).isEqualTo("板约瀑布 — 瀑布");
            assertThat(browser.find("[data-place] .status").getText()).isEqualTo("开放");

            browser.driver.navigate().refresh();
            browser.waitUntil(d -> "true".equals(browser.find("body").getAttribute("data-ready")), "the page again");
            browser.waitUntil(d -> browser.find("#panel-title").getText().equals("板约瀑布"), "Chinese after a reload");
            assertThat(browser.find("#near-me").getText()).isEqualTo("我附近");
            browser.screenshot("tourist-desktop-chinese");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theLanguageDefaultsToTheBrowsersLanguage() {
        try (Browser browser = Browser.open(1280, 800, "vi-VN,vi,en")) {
            browser.visit(base() + "/#place=" + FALLS);
            browser.waitUntil(d -> browser.find("#panel-title").getText().equals("Thác Bản Giốc"), "the Vietnamese name");
            assertThat(browser.find("[data-lang='vi']").getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(browser.find("#panel-close").getAttribute("aria-label")).isEqualTo("Đóng phần chi tiết");
        }
    }

    @Test
    void theAudioElementLoadsTheChineseNarrationAndReportsItsDuration() {
        try (Browser browser = Browser.open(1280, 800, "zh-CN,zh")) {
            browser.visit(base() + "/#place=" + FALLS);
            browser.waitUntil(d -> !browser.all("#guide-audio").isEmpty(), "the audio guide");
            WebElement audio = browser.find("#guide-audio");
            assertThat(audio.getAttribute("data-language")).isEqualTo("zh-Hans");
            assertThat(audio.findElement(By.tagName("source")).getAttribute("src")).matches(".*/api/v1/audio/\\d+$");
            Double duration = browser.waitUntil(d -> {
                Object value = browser.script("const a = document.getElementById('guide-audio'); return a.readyState >= 1 ? a.duration : null;");
                return value == null ? null : ((Number) value).doubleValue();
            }, "the audio's metadata");
            assertThat(duration).isBetween(5.5, 6.5);
            browser.waitUntil(d -> browser.all("#guide-transcript .cue").size() == 3, "the transcript's cues");
            assertThat(browser.find("#guide-transcript .cue").getText()).isEqualTo("你好。");

            // played without a mouse: the play button is reached with Tab and pressed with Enter
            WebElement play = browser.find(".player-buttons button[aria-pressed]");
            browser.script("arguments[0].focus()", play);
            play.sendKeys(Keys.ENTER);
            browser.waitUntil(d -> Boolean.FALSE.equals(browser.script("return document.getElementById('guide-audio').paused")), "playing");
            assertThat(play.getAttribute("aria-pressed")).isEqualTo("true");
            browser.screenshot("tourist-desktop-audio-chinese");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aDeepLinkOpensTheRightPlaceAndSurvivesReload() {
        try (Browser browser = Browser.open(1280, 800, "en")) {
            browser.visit(base() + "/#place=" + CAVE);
            browser.waitUntil(d -> browser.find("#panel-title").getText().equals("Ngườm Ngao Cave"), "the cave's panel");
            assertThat(browser.find(".hazards").getText()).contains("High water in the cave", "Do not enter after rain.");
            assertThat(browser.find(".marker-place.kind-cave").getAttribute("class")).contains("selected");
            browser.driver.navigate().refresh();
            browser.waitUntil(d -> "true".equals(browser.find("body").getAttribute("data-ready")), "the page again");
            browser.waitUntil(d -> browser.find("#panel-title").getText().equals("Ngườm Ngao Cave"), "the cave after a reload");

            assertThat(browser.consoleErrors()).isEmpty();

            browser.driver.get(base() + "/#route=" + ROUTE);
            browser.waitUntil(d -> browser.find("#panel-title").getText().equals("A walk around the waterfall"), "the route's panel");
            assertThat(browser.all(".stop-list li").stream().map(WebElement::getText))
                    .containsExactly("Bản Giốc Waterfall", "Trúc Lâm Bản Giốc Pagoda", "Ngườm Ngao Cave");
            assertThat(browser.find(".route a[download]").getAttribute("href")).endsWith("/api/v1/routes/" + ROUTE + ".gpx?lang=en");
            browser.waitUntil(d -> !browser.all("#verdict-section [data-verdict]").isEmpty(), "today's verdict");
            assertThat(browser.find("#verdict-section [data-verdict]").getAttribute("data-verdict")).as("a high hazard at a stop").isEqualTo("caution");
            assertThat(browser.find("#verdict-section").getText()).contains("High water in the cave");
            String gpx = WebMapTestData.send(HttpRequest.newBuilder(URI.create(browser.find(".route a[download]").getAttribute("href"))).build()).body();
            assertThat(gpx).contains("<gpx", "A walk around the waterfall");
            browser.screenshot("tourist-desktop-route");
            browser.find(".stop-list li button").click();
            browser.waitUntil(d -> browser.find("#panel-title").getText().equals("Bản Giốc Waterfall"), "a stop's panel");
            assertThat(browser.driver.getCurrentUrl()).endsWith("#place=" + FALLS);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void nearMeListsThePlacesByDistanceFromTheVisitor() {
        try (Browser browser = Browser.open(1280, 800, "en")) {
            browser.visit(base() + "/");
            browser.placeAt(base(), WebMapTestData.CAVE_LAT + 0.001, WebMapTestData.CAVE_LON);
            browser.find("#near-me").click();
            browser.waitUntil(d -> browser.all("#near-list li").size() == 3, "the places near the visitor");
            List<WebElement> items = browser.all("#near-list .result");
            assertThat(items.get(0).getAttribute("data-id")).isEqualTo(CAVE);
            List<Integer> distances = browser.all("#near-list .distance").stream().map(e -> Integer.parseInt(e.getAttribute("data-distance"))).toList();
            assertThat(distances).isSorted();
            assertThat(distances.get(0)).isBetween(90, 130);
            browser.screenshot("tourist-desktop-near-me");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void feedbackIsSentKeptForModerationAndShownOnceAManagerApprovesIt() throws Exception {
        try (Browser browser = Browser.open(1280, 900, "en")) {
            browser.visit(base() + "/#place=" + FALLS);
            browser.waitUntil(d -> !browser.all("#feedback-form").isEmpty(), "the feedback form");
            browser.find("#feedback-form .star:nth-of-type(4) input").click();
            browser.find("#feedback-comment").sendKeys("Hùng vĩ! <b>Worth the trip</b>");
            assertThat(browser.find("#feedback-remaining").getText()).isEqualTo((1000 - 30) + " characters left");
            browser.find("#feedback-form button[type=submit]").click();
            browser.waitUntil(d -> browser.find("#feedback-status").getText().startsWith("Thank you"), "the thanks");
            JsonNode shown = new ObjectMapper().readTree(WebMapTestData.send(HttpRequest.newBuilder(
                    URI.create(base() + "/api/v1/places/" + FALLS + "/feedback")).build()).body());
            assertThat(shown.path("count").asInt()).as("not shown before a manager approves it").isZero();

            assertThat(browser.consoleErrors()).isEmpty();

            // the manager approves it on /manage
            browser.visit(base() + "/manage");
            browser.find("#username").sendKeys(WebMapTestData.MANAGER);
            browser.find("#password").sendKeys(WebMapTestData.PASSWORD, Keys.ENTER);
            browser.waitUntil(d -> !browser.all("#feedback-list [data-feedback]").isEmpty(), "the moderation queue");
            WebElement item = browser.find("#feedback-list [data-feedback]");
            assertThat(item.getText()).contains("Bản Giốc Waterfall", "Hùng vĩ! <b>Worth the trip</b>");
            browser.screenshot("manager-desktop");
            assertThat(browser.lowContrastTexts()).as("WCAG AA contrast").isEmpty();
            item.findElement(By.cssSelector("[data-action=approve]")).click();
            browser.waitUntil(d -> browser.all("#feedback-list [data-feedback]").isEmpty(), "the queue emptied");
            browser.consoleErrors(); // the rest of /manage waits for the managers' editing API (see docs/web-map.md)

            browser.visit(base() + "/#place=" + FALLS);
            browser.waitUntil(d -> !browser.all("#feedback-section .comments li").isEmpty(), "the approved comment");
            assertThat(browser.find("#feedback-section .comments q").getText()).as("as text, never as markup").isEqualTo("Hùng vĩ! <b>Worth the trip</b>");
            assertThat(browser.all("#feedback-section b")).isEmpty();
            assertThat(browser.find("#feedback-section .average").getText()).isEqualTo("4 of 5, from 1 visitors");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void thePageIsUsableOnAPhone() {
        try (Browser browser = Browser.open(390, 844, "en")) {
            browser.visit(base() + "/");
            browser.waitUntil(d -> browser.all(".marker-place").size() == 3, "the places");
            assertThat(((Number) browser.script("return window.innerWidth")).intValue()).isEqualTo(390);
            assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(390);
            for (String control : List.of("#search-input", "#near-me", "#offline-open", "[data-lang='zh-Hans']")) {
                WebElement element = browser.find(control);
                assertThat(element.isDisplayed()).as(control).isTrue();
                assertThat(element.getRect().getX() + element.getRect().getWidth()).as(control + " within the screen").isLessThanOrEqualTo(390);
                assertThat(element.getRect().getHeight()).as(control + " big enough to touch").isGreaterThanOrEqualTo(30);
            }
            browser.screenshot("tourist-phone-map");
            WebElement search = browser.find("#search-input");
            search.sendKeys("ngao");
            browser.waitUntil(d -> !browser.all("#suggestions [role=option]").isEmpty(), "suggestions on the phone");
            browser.find("#suggestions [role=option]").click();
            browser.waitUntil(d -> browser.find("#panel-title").getText().equals("Ngườm Ngao Cave"), "the cave's panel");
            WebElement panel = browser.find("#panel");
            assertThat(panel.getRect().getY() + panel.getRect().getHeight()).as("the panel within the screen").isLessThanOrEqualTo(844);
            assertThat(browser.find("#map").getRect().getHeight()).as("the map still visible above it").isGreaterThan(200);
            browser.screenshot("tourist-phone-place");
            assertThat(browser.lowContrastTexts()).as("WCAG AA contrast").isEmpty();
            browser.find("#panel-close").click();
            assertThat(browser.find("#panel").isDisplayed()).isFalse();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aDownloadedParkWorksWithNoSignal() throws Exception {
        try (LoopbackSignal signal = new LoopbackSignal(port); Browser browser = Browser.open(390, 844, "zh-CN,zh")) {
            browser.visit(signal.origin() + "/");
            browser.waitUntil(d -> "ready".equals(browser.find("body").getAttribute("data-service-worker")), "the service worker");
            browser.find("#offline-open").click();
            browser.waitUntil(d -> !browser.all("#offline-parks button.download").isEmpty(), "the parks to download");
            browser.find("#offline-parks button.download[data-park='" + PARK + "']").click();
            browser.waitUntil(d -> browser.find("#offline-status").getText().contains("已可离线使用"), "the park downloaded");
            browser.screenshot("tourist-phone-offline-download");
            browser.find("#offline-dialog form button").click();

            signal.cut();
            browser.driver.get(signal.origin() + "/#place=" + FALLS);
            browser.waitUntil(d -> "true".equals(browser.find("body").getAttribute("data-ready")), "the page without a network");
            browser.waitUntil(d -> browser.find("#panel-title").getText().equals("板约瀑布"), "the place's panel from the download");
            assertThat(browser.all(".marker-place")).hasSize(3);
            assertThat(browser.find("#banner").getText()).isEqualTo("无网络：地图显示您已下载的内容。");
            browser.waitUntil(d -> !browser.all("#guide-audio").isEmpty(), "the narration from the download");
            Double duration = browser.waitUntil(d -> {
                Object value = browser.script("const a = document.getElementById('guide-audio'); return a.readyState >= 1 ? a.duration : null;");
                return value == null ? null : ((Number) value).doubleValue();
            }, "the downloaded audio's metadata");
            assertThat(duration).isBetween(5.5, 6.5);
            browser.waitUntil(d -> browser.all("#guide-transcript .cue").size() == 3, "the downloaded transcript");
            browser.screenshot("tourist-phone-offline-place");
        }
    }
}
