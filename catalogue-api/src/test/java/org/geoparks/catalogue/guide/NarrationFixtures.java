package org.geoparks.catalogue.guide;

import java.util.List;

/** Narration drafts for tests. */
public final class NarrationFixtures {

    private NarrationFixtures() {
    }

    public static NarrationDraft narration(String placeId, String language, String script) {
        return new NarrationDraft(placeId, language, "Thác Bản Giốc / Bản Giốc Waterfall / 板约瀑布", script, null, 150, List.of("test"));
    }
}
