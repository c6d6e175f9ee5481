package org.geoparks.catalogue.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Needs espeak-ng and opusenc (Debian's espeak-ng and opus-tools): ./catalogue test installs them. */
class SpeechSynthesizerTest {

    @TempDir
    Path dir;

    static GuideProperties properties(String espeak) {
        return new GuideProperties(Path.of("target/audio-cache"), DataSize.ofMegabytes(40), Duration.ofSeconds(1), Duration.ofMinutes(20),
                new GuideProperties.Synthesis(true, false, 1, espeak, "opusenc", Duration.ofSeconds(60), 32));
    }

    @Test
    void theToolsAreThere() {
        SpeechSynthesizer.Availability availability = new SpeechSynthesizer(properties("espeak-ng")).availability();
        assertThat(availability.available())
                .as("espeak-ng and opusenc are needed: install the Debian packages espeak-ng and opus-tools (./catalogue test does) — " + availability.detail())
                .isTrue();
        assertThat(availability.detail()).contains("eSpeak NG", "opusenc");
    }

    @Test
    void eachLanguageIsSpokenSentenceBySentenceIntoOggOpusWithMeasuredCues() throws Exception {
        SpeechSynthesizer synthesizer = new SpeechSynthesizer(properties("espeak-ng"));
        for (String[] script : List.of(
                new String[] {"vi", "Xin chào. Đây là thác Bản Giốc!"},
                new String[] {"en", "Hello. This is Bản Giốc Waterfall. Listen to the water."},
                new String[] {"zh-Hans", "你好。这里是板约瀑布。"})) {
            Path work = dir.resolve(script[0]);
            java.nio.file.Files.createDirectories(work);
            SpeechSynthesizer.Draft draft = synthesizer.synthesize(script[0], script[1], "Title", 42, work);

            InspectedAudio audio = AudioInspector.inspect(draft.opus());
            assertThat(audio.format()).isEqualTo(AudioFormat.OGG_OPUS);
            assertThat(draft.cues()).hasSize(ScriptCues.split(script[1], script[0]).size());
            for (int i = 1; i < draft.cues().size(); i++) {
                assertThat(draft.cues().get(i).start()).isEqualTo(draft.cues().get(i - 1).end());
            }
            assertThat(draft.cues().get(draft.cues().size() - 1).end()).as(script[0]).isCloseTo(audio.durationS(), within(0.05));
            assertThat(draft.voice()).startsWith("espeak-ng ");
        }
    }

    @Test
    void theSameScriptMakesTheSameBytes() throws Exception {
        SpeechSynthesizer synthesizer = new SpeechSynthesizer(properties("espeak-ng"));
        Path a = java.nio.file.Files.createDirectories(dir.resolve("a"));
        Path b = java.nio.file.Files.createDirectories(dir.resolve("b"));
        String first = AudioBlobs.sha256(synthesizer.synthesize("en", "Hello there.", "T", 7, a).opus());
        String second = AudioBlobs.sha256(synthesizer.synthesize("en", "Hello there.", "T", 7, b).opus());
        assertThat(second).as("instances that speak the same script store one blob").isEqualTo(first);
    }

    @Test
    void withoutEspeakTheServiceSaysWhyAndWhatToInstall() {
        SpeechSynthesizer.Availability availability = new SpeechSynthesizer(properties("/nonexistent/espeak-ng")).availability();
        assertThat(availability.available()).isFalse();
        assertThat(availability.detail()).contains("espeak-ng", "Debian package");
        assertThat(SpeechSynthesizer.voiceFor("zh-Hans")).contains("espeak-ng cmn");
        assertThat(SpeechSynthesizer.voiceFor("fr")).isEmpty();
    }
}
