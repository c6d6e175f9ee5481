package org.geoparks.importer.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.geoparks.catalogue.CatalogueApplication;
import org.geoparks.catalogue.search.SearchService;
import org.geoparks.catalogue.testing.Accounts;
import org.geoparks.catalogue.testing.PostgisTest;
import org.geoparks.catalogue.webmap.Browser;
import org.geoparks.importer.bundled.BundledGeodataLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The web map on the bundled geodata of both parks, in headless Chromium: what a visitor and a
 * manager see on the real records, at desktop and phone sizes. Its screenshots
 * (importer/target/webmap-screenshots/) are the ones in docs/screenshots/.
 */
@PostgisTest
@SpringBootTest(classes = CatalogueApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundledWebMapIT {

    static final String MANAGER = "ngoc";
    static final String PASSWORD = "after-the-rain";

    @Autowired
    BundledGeodataLoader loader;
    @Autowired
    SearchService search;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @BeforeAll
    void theBundledGeodataAndAManager() throws Exception {
        loader.load(null);
        assertThat(search.awaitCurrent(Duration.ofSeconds(120))).as("the index follows the import").isTrue();
        Accounts.create(jdbc, MANAGER, PASSWORD, "park_manager", "non-nuoc-cao-bang");
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void bothParksAreOnTheMapWithNoConsoleErrors() {
        int places = jdbc.queryForObject("SELECT count(*) FROM place p JOIN park k ON k.id = p.park_id "
                + "WHERE k.catalogued AND p.public_geom IS NOT NULL", Integer.class);
        try (Browser browser = Browser.open(1280, 800, "en")) {
            browser.visit(base() + "/");
            browser.waitUntil(d -> browser.all(".marker-place").size() == places, places + " places on the map");
            assertThat(browser.all(".marker-hazard")).isNotEmpty();
            assertThat(browser.all(".leaflet-overlay-pane path")).hasSizeGreaterThan(5);
            browser.screenshot("tourist-desktop-map");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void banGiocIsFoundWithoutDiacriticsAndNamedInChinese() {
        try (Browser browser = Browser.open(1280, 800, "en")) {
            browser.visit(base() + "/");
            WebElement input = browser.find("#search-input");
            input.sendKeys("ban gioc");
            browser.waitUntil(d -> !browser.all("#suggestions [role=option]").isEmpty()
                    && browser.find("#suggestions [role=option]").getText().contains("Bản Giốc Waterfall"), "Bản Giốc first among the suggestions");
            input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            browser.waitUntil(d -> browser.find("#panel-title").getText().equals("Bản Giốc Waterfall"), "the waterfall's panel");
            assertThat(browser.driver.getCurrentUrl()).endsWith("#place=cb-ban-gioc-waterfall");
            browser.waitUntil(d -> !browser.all("#guide-transcript").isEmpty(), "the audio guide's text");
            assertThat(browser.find(".hazards").getText()).contains("Vietnam–China border zone");
            browser.screenshot("tourist-desktop-place");

            browser.find("[data-lang='zh-Hans']").click();
            browser.waitUntil(d -> browser.find("#panel-title").getText().equals("板约瀑布"), "the Chinese name");
            browser.waitUntil(d -> browser.find("#guide-section .guide-title").getText().startsWith("板约瀑布"), "the Chinese narration");
            browser.screenshot("tourist-desktop-chinese");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aRouteAndAPlaceOnAPhone() {
        try (Browser browser = Browser.open(390, 844, "vi-VN,vi")) {
            browser.visit(base() + "/");
            browser.screenshot("tourist-phone-map");
            browser.driver.get(base() + "/#route=cb-route-classic-waterfall-to-pac-bo");
            browser.waitUntil(d -> !browser.all(".stop-list li").isEmpty(), "the route's stops");
            assertThat(browser.find(".route a[download]").getAttribute("href")).contains("/api/v1/routes/cb-route-classic-waterfall-to-pac-bo.gpx");
            browser.screenshot("tourist-phone-route");
            browser.driver.get(base() + "/#place=cb-nguom-ngao-cave");
            browser.waitUntil(d -> browser.find("#panel-title").getText().equals("Động Ngườm Ngao"), "the cave in Vietnamese");
            assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
            browser.screenshot("tourist-phone-place");
        }
    }

    @Test
    void aManagerSeesTheirParkAtDesktopAndPhoneSizes() {
        for (List<Integer> size : List.of(List.of(1280, 900), List.of(390, 844))) {
            try (Browser browser = Browser.open(size.get(0), size.get(1), "en")) {
                browser.visit(base() + "/manage");
                browser.find("#username").sendKeys(MANAGER);
                browser.find("#password").sendKeys(PASSWORD, Keys.ENTER);
                browser.waitUntil(d -> browser.all("#places-list tr[data-place]").size() > 20, "the park's places");
                assertThat(browser.find("#park-select option").getText()).isEqualTo("Non nước Cao Bằng UNESCO Global Geopark");
                assertThat(browser.find("#sign-in").isDisplayed()).isFalse();
                browser.waitUntil(d -> !browser.all("#hazards-list [data-hazard]").isEmpty(), "the hazards in force");
                browser.screenshot(size.get(0) > 600 ? "manager-desktop" : "manager-phone");
            }
        }
    }
}
