package org.geoparks.catalogue.heritage;

import java.util.List;
import org.geoparks.catalogue.testing.Fixtures;

/** Intangible heritage drafts for tests. */
public final class HeritageFixtures {

    private HeritageFixtures() {
    }

    public static IntangibleHeritageDraft thenRitual(String id, List<String> parks, List<String> places) {
        return new IntangibleHeritageDraft(id, HeritageCategory.RITUAL,
                Fixtures.trilingual("Thực hành Then", "Then practices", "天曲仪式"),
                Fixtures.trilingual("Hát Then với đàn tính", "Then singing with the tính lute", "伴以天琴的天曲"),
                Fixtures.trilingual("Người Tày, Nùng", "Tày and Nùng communities", "岱依族、侬族"),
                List.of("zh-Hans"), "Representative List 2019", parks, places, List.of("test"));
    }
}
