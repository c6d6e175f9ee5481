package org.geoparks.catalogue.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.junit.jupiter.api.Test;

class WebVttTest {

    @Test
    void cuesAreWrittenWithTheirTimingsAndEscapedText() {
        String vtt = WebVtt.write(List.of(new WebVtt.Cue(0, 2.5, "Hello & welcome"), new WebVtt.Cue(2.5, 3661.25, "<b>not markup</b>")), "draft");

        assertThat(vtt).startsWith("WEBVTT\n\nNOTE draft\n\n1\n00:00:00.000 --> 00:00:02.500\nHello &amp; welcome\n\n");
        assertThat(vtt).contains("2\n00:00:02.500 --> 01:01:01.250\n&lt;b&gt;not markup&lt;/b&gt;\n");
        assertThat(WebVtt.checked(vtt, 3661.25)).isEqualTo(vtt);
    }

    @Test
    void proportionalTimingsShareTheDurationBySentenceLength() {
        List<WebVtt.Cue> cues = WebVtt.proportional(List.of("Short.", "A sentence three times longer!"), 36);

        assertThat(cues.get(0).start()).isZero();
        assertThat(cues.get(0).end()).isEqualTo(cues.get(1).start());
        assertThat(cues.get(1).end()).isEqualTo(36);
        assertThat(cues.get(1).end() - cues.get(1).start()).isGreaterThan(4 * (cues.get(0).end() - cues.get(0).start()));
    }

    @Test
    void anUploadedTranscriptMustBeWebVttWithOrderedCuesInsideTheRecording() {
        String good = "WEBVTT\r\n\r\n00:01.000 --> 00:04.000\r\nXin chào\r\n\r\n00:04.000 --> 00:09.500 align:start\r\nChào mừng\r\n";
        assertThat(WebVtt.checked(good, 10)).startsWith("WEBVTT\n").contains("00:04.000 --> 00:09.500 align:start\n");

        assertRefused("just text", 10, "begin with the line WEBVTT");
        assertRefused("WEBVTT\n\n00:05.000 --> 00:04.000\nbackwards\n", 10, "ends before it starts");
        assertRefused("WEBVTT\n\n00:05.000 --> 00:06.000\na\n\n00:01.000 --> 00:02.000\nb\n", 10, "starts before");
        assertRefused("WEBVTT\n\n00:05.000 --> 00:30.000\nlong\n", 10, "after the recording's end");
        assertRefused("WEBVTT\n\n5 --> 6\nbad\n", 10, "not a cue timing");
        assertRefused("WEBVTT\n\nNOTE nothing timed\n", 10, "no cues");
    }

    private static void assertRefused(String vtt, double duration, String says) {
        assertThatThrownBy(() -> WebVtt.checked(vtt, duration)).isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("transcript:").hasMessageContaining(says);
    }
}
