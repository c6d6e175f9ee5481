package org.geoparks.catalogue.park;

import java.util.List;
import org.geoparks.catalogue.testing.Fixtures;

/** Park drafts for tests. */
public final class ParkFixtures {

    private ParkFixtures() {
    }

    public static ParkDraft caoBang() {
        return new ParkDraft("non-nuoc-cao-bang",
                Fixtures.trilingual("Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng",
                        "Non nuoc Cao Bang UNESCO Global Geopark", "高平山水世界地质公园"),
                Fixtures.trilingual("Mô tả", "Description", "描述"),
                "VN", Fixtures.trilingual("Ban quản lý", "Management Board", "管理委员会"), 2018,
                Fixtures.vietnameseParkLanguages(), List.of("leye-fengshan"), true, BoundaryQuality.APPROXIMATE_FROM_DISTRICTS,
                null, Fixtures.caoBangBox(), List.of("test"), "approximate-boundary");
    }
}
