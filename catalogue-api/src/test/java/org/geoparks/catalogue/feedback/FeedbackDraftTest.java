package org.geoparks.catalogue.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.geoparks.catalogue.support.InvalidRecordException;
import org.junit.jupiter.api.Test;

class FeedbackDraftTest {

    @Test
    void aCommentIsPlainTextInNfcTrimmedAndMayBeEmpty() {
        String decomposed = "Tuye\u0302\u0323t vo\u031Bi";
        FeedbackDraft draft = new FeedbackDraft("cb-x", 4, "  " + decomposed + "\n", "ZH-hans");
        assertThat(draft.comment()).isEqualTo("Tuyệt vơi");
        assertThat(draft.language()).isEqualTo("zh-Hans");
        assertThat(new FeedbackDraft("cb-x", 5, null, " ").comment()).isEmpty();
        assertThat(new FeedbackDraft("cb-x", 5, null, " ").language()).isNull();
    }

    @Test
    void theRatingIsOneToFiveAndThePlaceIsNamed() {
        assertThatThrownBy(() -> new FeedbackDraft("cb-x", 0, "", null)).isInstanceOf(InvalidRecordException.class).hasMessageStartingWith("rating");
        assertThatThrownBy(() -> new FeedbackDraft("cb-x", 6, "", null)).hasMessageStartingWith("rating");
        assertThatThrownBy(() -> new FeedbackDraft(" ", 3, "", null)).hasMessageStartingWith("place");
    }

    @Test
    void theLengthIsCountedInCharactersAndControlCharactersAreRefused() {
        String chinese = "瀑".repeat(10) + "\uD83C\uDF0A"; // ten characters and a wave (two UTF-16 units)
        assertThat(new FeedbackDraft("cb-x", 3, chinese, null).limitedTo(11).comment()).isEqualTo(chinese);
        assertThatThrownBy(() -> new FeedbackDraft("cb-x", 3, chinese, null).limitedTo(10)).hasMessageContaining("11 characters");
        assertThatThrownBy(() -> new FeedbackDraft("cb-x", 3, "a\u0007b", null)).hasMessageStartingWith("comment");
        assertThat(new FeedbackDraft("cb-x", 3, "line one\nline two", null).comment()).contains("\n");
    }
}
