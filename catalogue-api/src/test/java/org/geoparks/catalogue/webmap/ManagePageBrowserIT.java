package org.geoparks.catalogue.webmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geoparks.catalogue.webmap.WebMapTestData.CAVE;
import static org.geoparks.catalogue.webmap.WebMapTestData.FALLS;

import org.geoparks.catalogue.guide.NarrationService;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.partner.PartnerService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.route.RouteService;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The managers' page in a real browser, on the managers' editing API: closing a cave shows on the
 * public map after a reload; two managers editing the same place meet a 412 and the second one
 * redoes the change on the colleague's version; a hazard is added and resolved.
 */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagePageBrowserIT {

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
    void data() {
        WebMapTestData.load(port, parks, places, routes, partners, narrations, jdbc);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    Browser signedIn(int width, int height) {
        Browser browser = Browser.open(width, height, "en");
        browser.visit(base() + "/manage");
        browser.find("#username").sendKeys(WebMapTestData.MANAGER);
        browser.find("#password").sendKeys(WebMapTestData.PASSWORD, Keys.ENTER);
        browser.waitUntil(d -> !browser.all("#places-list tr[data-place]").isEmpty(), "the park's places");
        return browser;
    }

    @Test
    void aManagerClosesACaveAndThePublicPageShowsItClosedAfterReload() {
        try (Browser tourist = Browser.open(1280, 800, "en"); Browser manager = signedIn(1280, 900)) {
            tourist.visit(base() + "/#place=" + CAVE);
            tourist.waitUntil(d -> tourist.find("[data-place] .status").getAttribute("data-status").equals("open"), "the cave open");

            manager.find("tr[data-place='" + CAVE + "'] [data-action=close]").click();
            manager.waitUntil(d -> manager.find("#edit-dialog").isDisplayed(), "the dialog");
            manager.find("#field-reason").sendKeys("High water after rain");
            manager.find("#edit-save").click();
            manager.waitUntil(d -> manager.find("tr[data-place='" + CAVE + "'] .badge").getAttribute("data-status").equals("closed"), "closed in the list");
            assertThat(manager.find("#manage-status").getText()).isEqualTo("Saved.");
            manager.screenshot("manager-desktop-closed");

            awaitPublicStatus(CAVE, "closed");
            tourist.driver.navigate().refresh();
            tourist.waitUntil(d -> "true".equals(tourist.find("body").getAttribute("data-ready")), "the public page again");
            tourist.waitUntil(d -> tourist.find("[data-place] .status").getAttribute("data-status").equals("closed"), "the cave closed");
            assertThat(tourist.find("[data-place] .status").getText()).contains("Closed", "High water after rain");
            assertThat(tourist.find(".marker-place.kind-cave").getAttribute("class")).contains("status-closed");
            tourist.screenshot("tourist-desktop-closed-cave");
            assertThat(tourist.consoleErrors()).isEmpty();

            manager.find("tr[data-place='" + CAVE + "'] [data-action=reopen]").click();
            manager.waitUntil(d -> manager.find("#edit-dialog").isDisplayed(), "the dialog");
            manager.find("#edit-save").click();
            manager.waitUntil(d -> manager.find("tr[data-place='" + CAVE + "'] .badge").getAttribute("data-status").equals("open"), "open again");
        }
    }

    /** The map service's pages follow the change log within moments; the tourist reloads once they have. */
    void awaitPublicStatus(String place, String status) {
        WebMapTestData.awaitPublicStatus(port, place, status);
    }

    @Test
    void aColleaguesNewerVersionIsShownAndTheChangeRedoneOnIt() {
        try (Browser first = signedIn(1280, 900); Browser second = signedIn(390, 844)) {
            second.find("tr[data-place='" + FALLS + "'] [data-action=caution]").click();
            second.waitUntil(d -> second.find("#edit-dialog").isDisplayed(), "the second manager's dialog, with the version read");

            first.find("tr[data-place='" + FALLS + "'] [data-action=close]").click();
            first.waitUntil(d -> first.find("#edit-dialog").isDisplayed(), "the first manager's dialog");
            first.find("#field-reason").sendKeys("Flood on the path");
            first.find("#edit-save").click();
            first.waitUntil(d -> first.find("tr[data-place='" + FALLS + "'] .badge").getAttribute("data-status").equals("closed"), "closed first");

            second.find("#field-reason").sendKeys("Slippery rocks");
            second.find("#edit-save").click();
            second.waitUntil(d -> second.find("#conflict-dialog").isDisplayed(), "the conflict");
            assertThat(second.find("#conflict-theirs").getText()).contains("Closed", "Flood on the path");
            second.screenshot("manager-phone-conflict");
            second.find("#conflict-redo").click();
            second.waitUntil(d -> second.find("tr[data-place='" + FALLS + "'] .badge").getAttribute("data-status").equals("caution"), "redone");
        }
    }

    @Test
    void aHazardIsAddedAndResolved() {
        try (Browser manager = signedIn(1280, 900)) {
            int before = manager.all("#hazards-list [data-hazard]").size();
            manager.find("#add-hazard").click();
            manager.waitUntil(d -> manager.find("#edit-dialog").isDisplayed(), "the dialog");
            new Select(manager.find("#field-place")).selectByValue(FALLS);
            new Select(manager.find("#field-type")).selectByValue("slippery_path");
            new Select(manager.find("#field-severity")).selectByValue("moderate");
            manager.find("#field-title").sendKeys("Slippery steps");
            manager.find("#field-advice").sendKeys("Hold the rail.");
            manager.find("#edit-save").click();
            manager.waitUntil(d -> manager.all("#hazards-list [data-hazard]").size() == before + 1, "the new hazard");
            WebElement added = manager.all("#hazards-list [data-hazard]").stream().filter(e -> e.getText().contains("Slippery steps")).findFirst().orElseThrow();
            added.findElement(By.cssSelector("[data-action=resolve]")).click();
            manager.waitUntil(d -> manager.find("#edit-dialog").isDisplayed(), "the dialog");
            manager.find("#field-reason").sendKeys("Dry again");
            manager.find("#edit-save").click();
            manager.waitUntil(d -> manager.all("#hazards-list [data-hazard]").size() == before, "resolved");
        }
    }
}
