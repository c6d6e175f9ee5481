package org.geoparks.catalogue.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.junit.jupiter.api.Test;

class NarrationDraftTest {

    @Test
    void theIdIsThePlaceAndTheLanguageInLowerCase() {
        NarrationDraft draft = NarrationFixtures.narration("cb-ban-gioc-waterfall", "zh-Hans", "瀑布……");

        assertThat(draft.id()).isEqualTo("cb-ban-gioc-waterfall--zh-hans");
        assertThat(draft.language()).isEqualTo("zh-Hans");
    }

    @Test
    void theLanguageIsKeptInCanonicalCase() {
        assertThat(NarrationFixtures.narration("cb-ban-gioc-waterfall", "ZH_hans", "…").language()).isEqualTo("zh-Hans");
        assertThat(NarrationFixtures.narration("cb-ban-gioc-waterfall", "VI", "…").language()).isEqualTo("vi");
    }

    @Test
    void aLanguageIsABcp47TagTheSchemaCanStore() {
        for (String tag : new String[] {"", "vietnamese!", "en-u-ca-gregory"}) {
            assertThatThrownBy(() -> NarrationFixtures.narration("cb-ban-gioc-waterfall", tag, "…"))
                    .isInstanceOf(InvalidRecordException.class)
                    .hasMessageStartingWith("language:");
        }
    }

    @Test
    void theTranscriptIsTheScriptUntilARecordingSaysOtherwise() {
        assertThat(NarrationFixtures.narration("cb-ban-gioc-waterfall", "en", "  The falls…  ").transcript()).isEqualTo("The falls…");
        NarrationDraft recorded = new NarrationDraft("cb-ban-gioc-waterfall", "en", "Title", "The falls…", "The falls, as read", null, null);
        assertThat(recorded.transcript()).isEqualTo("The falls, as read");
    }

    @Test
    void theTriggerRadiusIsBetween5And5000Metres() {
        assertThat(new NarrationDraft("cb-ban-gioc-waterfall", "en", "Title", "Script", null, null, null).triggerRadiusM())
                .isEqualTo(NarrationDraft.DEFAULT_TRIGGER_RADIUS_M);
        for (int metres : new int[] {5, 5000}) {
            assertThat(new NarrationDraft("cb-ban-gioc-waterfall", "en", "Title", "Script", null, metres, null).triggerRadiusM()).isEqualTo(metres);
        }
        for (int metres : new int[] {4, 5001}) {
            assertThatThrownBy(() -> new NarrationDraft("cb-ban-gioc-waterfall", "en", "Title", "Script", null, metres, null))
                    .isInstanceOf(InvalidRecordException.class)
                    .hasMessageStartingWith("trigger_radius_m:");
        }
    }

    @Test
    void titleAndScriptAreRequired() {
        assertThatThrownBy(() -> new NarrationDraft("cb-ban-gioc-waterfall", "en", " ", "Script", null, null, List.of()))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("title:");
        assertThatThrownBy(() -> new NarrationDraft("cb-ban-gioc-waterfall", "en", "Title", null, null, null, List.of()))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("script:");
    }
}
