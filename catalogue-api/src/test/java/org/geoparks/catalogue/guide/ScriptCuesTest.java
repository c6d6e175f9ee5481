package org.geoparks.catalogue.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptCuesTest {

    @Test
    void sentencesBecomeCues() {
        assertThat(ScriptCues.split("Xin chào. Hãy lắng nghe tiếng nước!  Bạn có nghe không?", "vi"))
                .containsExactly("Xin chào.", "Hãy lắng nghe tiếng nước!", "Bạn có nghe không?");
        assertThat(ScriptCues.split("你好。请先静下来，听一听水声。", "zh-Hans")).containsExactly("你好。", "请先静下来，听一听水声。");
    }

    @Test
    void aLongSentenceIsCutAtTheClauseMarkNearestItsMiddle() {
        String longSentence = "Here the river drops about thirty metres over three limestone tiers, one after another, "
                + "and as it falls, rock ledges and shrubs split it into a great many narrow streams, each one bright white.";
        List<String> cues = ScriptCues.split(longSentence, "en");

        assertThat(cues).hasSizeGreaterThan(1).allSatisfy(cue -> assertThat(cue.length()).isLessThanOrEqualTo(120));
        assertThat(String.join(" ", cues)).isEqualTo(longSentence);
    }

    @Test
    void chineseCuesAreShorter() {
        String sentence = "河水在这里分三级跌落，总落差约三十米，一级接着一级，都是石灰岩的台阶，下落途中，岩坎和灌木把河水分成许多细细的水流。";
        assertThat(ScriptCues.split(sentence, "zh-Hans")).hasSizeGreaterThan(1).allSatisfy(cue -> assertThat(cue.length()).isLessThanOrEqualTo(40));
    }
}
