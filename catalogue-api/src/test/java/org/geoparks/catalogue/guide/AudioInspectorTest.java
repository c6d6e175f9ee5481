package org.geoparks.catalogue.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioInspectorTest {

    @TempDir
    Path dir;

    @Test
    void anOggOpusStreamIsMeasuredFromItsGranulesLessThePreSkip() throws IOException {
        InspectedAudio audio = inspect(TestAudio.oggOpus(12.0));

        assertThat(audio.format()).isEqualTo(AudioFormat.OGG_OPUS);
        assertThat(audio.durationS()).isCloseTo(12.0 - 312 / 48_000.0, within(0.001));
        assertThat(audio.channels()).isEqualTo(1);
    }

    @Test
    void aRealOpusencFileIsAcceptedWithItsTrueDuration() throws IOException {
        InspectedAudio audio = inspect(TestAudio.realOpus(3.5));

        assertThat(audio.format()).isEqualTo(AudioFormat.OGG_OPUS);
        assertThat(audio.durationS()).isCloseTo(3.5, within(0.01));
    }

    @Test
    void anMp3IsMeasuredByCountingItsFrames() throws IOException {
        InspectedAudio audio = inspect(TestAudio.mp3(60, 32, false, false, false));

        assertThat(audio.format()).isEqualTo(AudioFormat.MP3);
        assertThat(audio.durationS()).isCloseTo(60.0, within(0.024));
        assertThat(audio.sampleRate()).isEqualTo(48_000);
    }

    @Test
    void mp3TagsAndTheXingHeaderFrameAreNotAudio() throws IOException {
        InspectedAudio plain = inspect(TestAudio.mp3(5, 64, false, false, false));
        InspectedAudio tagged = inspect(TestAudio.mp3(5, 64, true, true, true));

        assertThat(tagged.durationS()).isEqualTo(plain.durationS());
    }

    @Test
    void aTruncatedOggOpusIsRefusedAsIncomplete() {
        byte[] whole = TestAudio.oggOpus(5);
        assertMalformed(Arrays.copyOf(whole, whole.length - 3), "truncated");
        assertMalformed(Arrays.copyOf(whole, whole.length - 400), "truncated");
    }

    @Test
    void aTruncatedMp3IsRefusedAsIncomplete() {
        byte[] whole = TestAudio.mp3(5, 64, false, false, false);
        assertMalformed(Arrays.copyOf(whole, whole.length - 100), "truncated");
    }

    @Test
    void aCorruptOggPageFailsItsChecksum() {
        byte[] bytes = TestAudio.oggOpus(3);
        bytes[bytes.length / 2] ^= 0x5a;
        assertMalformed(bytes, "checksum");
    }

    @Test
    void anOggOpusClaimingMoreTimeThanItsPacketsHoldIsRefused() {
        assertMalformed(TestAudio.oggOpus(2, 48_000 * 600L), "claims");
    }

    @Test
    void somethingElseInsideAnMp3IsRefused() {
        byte[] bytes = TestAudio.mp3(2, 64, false, false, false);
        bytes[192 * 10] = 'x'; // the header of the 11th frame
        assertMalformed(bytes, "not MPEG audio");
    }

    @Test
    void otherFormatsAreNamedAndRefusedAsUnsupported() {
        assertUnsupported(TestAudio.toneWav(1, 8000), "WAV");
        assertUnsupported(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, "not audio");
        assertUnsupported("just some text, not a recording".getBytes(), "format");
        assertUnsupported(new byte[] {'f', 'L', 'a', 'C', 0, 0, 0, 34}, "FLAC");
    }

    @Test
    void oggVorbisIsRefusedWithTheWayToOpus() {
        byte[] vorbis = TestAudio.page(0x02, 0, 0, java.util.List.of(new byte[] {1, 'v', 'o', 'r', 'b', 'i', 's', 0, 0, 0, 0, 1}));
        assertUnsupported(vorbis, "Vorbis");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> inspect(new byte[0])).isInstanceOf(UnacceptableAudioException.class).hasMessageContaining("empty");
    }

    private InspectedAudio inspect(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "audio", ".bin");
        Files.write(file, bytes);
        return AudioInspector.inspect(file);
    }

    private void assertMalformed(byte[] bytes, String says) {
        assertThatThrownBy(() -> inspect(bytes)).isInstanceOfSatisfying(UnacceptableAudioException.class,
                e -> assertThat(e.reason()).isEqualTo(UnacceptableAudioException.Reason.MALFORMED)).hasMessageContaining(says);
    }

    private void assertUnsupported(byte[] bytes, String says) {
        assertThatThrownBy(() -> inspect(bytes)).isInstanceOfSatisfying(UnacceptableAudioException.class,
                e -> assertThat(e.reason()).isEqualTo(UnacceptableAudioException.Reason.UNSUPPORTED_FORMAT)).hasMessageContaining(says);
    }
}
