package org.geoparks.catalogue.guide;

import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.park.ParkDraft;
import org.geoparks.catalogue.park.ParkFixtures;
import org.geoparks.catalogue.place.PlaceDraft;
import org.geoparks.catalogue.place.PlaceFixtures;
import org.geoparks.catalogue.place.PlaceKind;
import org.geoparks.catalogue.place.Sensitivity;
import org.geoparks.catalogue.testing.Fixtures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Places, narrations and accounts for the guide's integration tests. */
final class GuideFixtures {

    static final String PASSWORD = "listen-to-the-water";
    static final String PARK = "non-nuoc-cao-bang";

    private GuideFixtures() {
    }

    static PlaceDraft place(String id, PlaceKind kind, String name, double lon, double lat, Sensitivity sensitivity,
                            String precision, List<String> tags) {
        return PlaceFixtures.place(id, kind, Fixtures.trilingual(name, name + " (en)", name + "（中）"), Fixtures.point(lon, lat),
                Map.of("sensitivity", (sensitivity == null ? Sensitivity.PUBLIC : sensitivity).code(), "tags", tags,
                        "position_precision", precision));
    }

    static ParkDraft otherPark() {
        ParkDraft cb = ParkFixtures.caoBang();
        return new ParkDraft("lang-son", cb.name(), cb.description(), "VN", cb.managingBody(), 2025, cb.languages(), List.of(),
                true, cb.boundaryQuality(), null, cb.boundary(), List.of("test"), null);
    }

    static NarrationDraft narration(String placeId, String language, String title, String script, int radius) {
        return new NarrationDraft(placeId, language, title, script, null, radius, List.of("test"));
    }

    /** An account with a bcrypt password and one role (park_manager with its park). */
    static void account(JdbcTemplate jdbc, String username, String role, String parkId) {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        Long id = jdbc.queryForObject("INSERT INTO account (username, display_name, password_hash) VALUES (?, ?, ?) RETURNING id",
                Long.class, username, username, hash);
        jdbc.update("INSERT INTO account_role (account_id, role, park_id) VALUES (?, ?, ?)", id, role, parkId);
    }
}
