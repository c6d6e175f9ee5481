package org.geoparks.catalogue.guide;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Audio files made in the tests, so that none is committed: MP3 frames of silence and Ogg Opus
 * streams built page by page (structurally exact; their packets are not real speech), and a real
 * Ogg Opus made by opusenc from a tone.
 */
public final class TestAudio {

    private TestAudio() {
    }

    /**
     * MPEG-1 Layer III at 48 kHz mono: every frame is {@code 3 × kbps} bytes and lasts 24 ms; its
     * side information is all zero, which decodes to silence.
     */
    public static byte[] mp3(double seconds, int kbps, boolean id3v2, boolean xing, boolean id3v1) {
        int[] table = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
        int index = java.util.Arrays.stream(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
                .filter(i -> table[i] == kbps).findFirst().orElseThrow();
        int frameLength = 3 * kbps;
        long frames = Math.round(seconds / 0.024);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (id3v2) {
            byte[] body = new byte[300];
            out.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, (byte) (body.length >> 7), (byte) (body.length & 0x7f)});
            out.writeBytes(body);
        }
        byte[] frame = new byte[frameLength];
        frame[0] = (byte) 0xff;
        frame[1] = (byte) 0xfb;                       // MPEG-1, Layer III, no CRC
        frame[2] = (byte) ((index << 4) | (1 << 2));  // bitrate, 48 kHz, no padding
        frame[3] = (byte) 0xc0;                       // mono
        if (xing) {
            byte[] info = frame.clone();
            System.arraycopy("Xing".getBytes(StandardCharsets.US_ASCII), 0, info, 4 + 17, 4);
            out.writeBytes(info);
        }
        for (long i = 0; i < frames; i++) {
            out.writeBytes(frame);
        }
        if (id3v1) {
            byte[] tag = new byte[128];
            tag[0] = 'T';
            tag[1] = 'A';
            tag[2] = 'G';
            out.writeBytes(tag);
        }
        return out.toByteArray();
    }

    /** An Ogg Opus stream of 20 ms CELT packets, 50 to a page, with the pre-skip opusenc uses. */
    public static byte[] oggOpus(double seconds) {
        return oggOpus(seconds, 0);
    }

    /** The same, claiming {@code extraSamples} more in its last granule position than its packets hold. */
    public static byte[] oggOpus(double seconds, long extraSamples) {
        int preSkip = 312;
        ByteBuffer head = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN);
        head.put("OpusHead".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 1).putShort((short) preSkip)
                .putInt(48_000).putShort((short) 0).put((byte) 0);
        byte[] tags = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
                .put("OpusTags".getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(0).array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int sequence = 0;
        out.writeBytes(page(0x02, 0, sequence++, List.of(head.array())));
        out.writeBytes(page(0, 0, sequence++, List.of(tags)));
        long packets = Math.round(seconds / 0.02);
        long samples = 0;
        List<byte[]> onPage = new ArrayList<>();
        for (long i = 0; i < packets; i++) {
            onPage.add(new byte[] {(byte) 0xf8, (byte) 0xff, (byte) 0xfe, 0x11});  // config 31 (CELT 20 ms), one frame
            samples += 960;
            if (onPage.size() == 50 || i == packets - 1) {
                boolean last = i == packets - 1;
                long granule = last ? samples + extraSamples : samples;
                out.writeBytes(page(last ? 0x04 : 0, granule, sequence++, onPage));
                onPage = new ArrayList<>();
            }
        }
        return out.toByteArray();
    }

    static byte[] page(int flags, long granule, int sequence, List<byte[]> packets) {
        ByteArrayOutputStream lacing = new ByteArrayOutputStream();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (byte[] packet : packets) {
            int length = packet.length;
            while (length >= 255) {
                lacing.write(255);
                length -= 255;
            }
            lacing.write(length);
            data.writeBytes(packet);
        }
        ByteBuffer header = ByteBuffer.allocate(27).order(ByteOrder.LITTLE_ENDIAN);
        header.put("OggS".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) flags).putLong(granule)
                .putInt(0x5eed).putInt(sequence).putInt(0).put((byte) lacing.size());
        byte[] h = header.array();
        byte[] segments = lacing.toByteArray();
        byte[] d = data.toByteArray();
        long crc = OggOpusReader.crc(h, segments, d);
        ByteBuffer.wrap(h).order(ByteOrder.LITTLE_ENDIAN).putInt(22, (int) crc);
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        page.writeBytes(h);
        page.writeBytes(segments);
        page.writeBytes(d);
        return page.toByteArray();
    }

    /** A real Ogg Opus file: a 440 Hz tone of the given length, encoded by opusenc (Debian's opus-tools). */
    public static byte[] realOpus(double seconds) {
        try {
            Path dir = Files.createTempDirectory("test-audio");
            try {
                Path wav = dir.resolve("tone.wav");
                Files.write(wav, toneWav(seconds, 16_000));
                Path opus = dir.resolve("tone.opus");
                Process p = new ProcessBuilder("opusenc", "--quiet", "--bitrate", "24", wav.toString(), opus.toString())
                        .redirectErrorStream(true).start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("opusenc failed: " + output);
                }
                return Files.readAllBytes(opus);
            } finally {
                org.springframework.util.FileSystemUtils.deleteRecursively(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("opusenc (Debian package opus-tools) is needed by this test; ./catalogue test installs it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] toneWav(double seconds, int rate) {
        int samples = (int) Math.round(seconds * rate);
        ByteBuffer wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2).put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            wav.putShort((short) (8000 * Math.sin(2 * Math.PI * 440 * i / rate)));
        }
        return wav.array();
    }
}
