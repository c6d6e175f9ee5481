package org.geoparks.catalogue.guide;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A strict reader of MP3 files (MPEG-1, 2 and 2.5 audio, Layer III): an optional ID3v2 tag, then
 * frames back to back to the end, then optionally an APEv2 and an ID3v1 tag. Every frame header
 * is checked and its length followed, so a file cut short, or with something else inside, is
 * refused; the duration is the frames counted times their samples, not a bitrate estimate. A
 * Xing/Info (or VBRI) header frame is skipped: it holds no audio.
 */
final class Mp3Reader {

    static final String NAME = "an MP3 file";
    private static final int[] MPEG1_KBPS = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    private static final int[] MPEG2_KBPS = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    private static final int[][] RATES = {{11025, 12000, 8000}, null, {22050, 24000, 16000}, {44100, 48000, 32000}};
    /** Zero bytes some taggers leave between the ID3v2 tag and the first frame. */
    private static final int MAX_PADDING = 64 * 1024;

    private Mp3Reader() {
    }

    /** Whether the first bytes can begin an MP3 file: an ID3v2 tag or an MPEG audio frame header. */
    static boolean looksLikeMp3(byte[] head) {
        if (head.length >= 3 && head[0] == 'I' && head[1] == 'D' && head[2] == '3') {
            return true;
        }
        return head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xe0) == 0xe0;
    }

    static InspectedAudio read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long end = channel.size();
            if (end >= 128 && "TAG".equals(ascii(channel, end - 128, 3))) {
                end -= 128;
            }
            if (end >= 32 && "APETAGEX".equals(ascii(channel, end - 32, 8))) {
                ByteBuffer footer = read(channel, end - 32, 32).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                long size = footer.getInt(12) & 0xffffffffL;
                boolean hasHeader = (footer.getInt(20) & 0x80000000) != 0;
                end -= size + (hasHeader ? 32 : 0);
                if (end < 0) {
                    throw UnacceptableAudioException.malformed(NAME, "has an APE tag longer than the file");
                }
            }
            long position = afterId3v2(channel, end);
            long padding = 0;
            while (position < end && padding < MAX_PADDING && read(channel, position, 1).get(0) == 0) {
                position++;
                padding++;
            }
            Frames frames = new Frames();
            while (position < end) {
                if (end - position < 4) {
                    throw UnacceptableAudioException.malformed(NAME, "is truncated in the middle of a frame header");
                }
                int header = read(channel, position, 4).getInt(0);
                int length = frames.header(header, position);
                if (position + length > end) {
                    throw UnacceptableAudioException.malformed(NAME, "is truncated: its last frame is cut off");
                }
                if (frames.count == 0 && !frames.skippedInfo && isInfoFrame(channel, position, header, length)) {
                    frames.skippedInfo = true;
                } else {
                    frames.count++;
                }
                position += length;
            }
            return frames.finish();
        }
    }

    /** The layer's rules, learnt from the first frame and held to by every other. */
    private static final class Frames {
        long count;
        boolean skippedInfo;
        int version = -1;
        int sampleRate;
        int channels;

        int header(int h, long position) {
            if ((h >>> 21) != 0x7ff) {
                String where = count == 0 && !skippedInfo ? "does not begin with an MPEG audio frame"
                        : "has data that is not MPEG audio at byte " + position;
                throw UnacceptableAudioException.malformed(NAME, where);
            }
            int versionBits = (h >>> 19) & 3;
            int layer = (h >>> 17) & 3;
            int bitrateIndex = (h >>> 12) & 0xf;
            int rateIndex = (h >>> 10) & 3;
            int padding = (h >>> 9) & 1;
            int mode = (h >>> 6) & 3;
            if (versionBits == 1 || rateIndex == 3 || bitrateIndex == 15) {
                throw UnacceptableAudioException.malformed(NAME, "has an invalid frame header at byte " + position);
            }
            if (layer != 1) {
                throw new UnacceptableAudioException(UnacceptableAudioException.Reason.UNSUPPORTED_FORMAT,
                        "This is MPEG audio Layer " + (layer == 3 ? "I" : layer == 2 ? "II" : "?")
                                + ", not MP3 (Layer III); the guide accepts Ogg Opus and MP3.");
            }
            if (bitrateIndex == 0) {
                throw new UnacceptableAudioException(UnacceptableAudioException.Reason.UNSUPPORTED_FORMAT,
                        "This MP3 uses the free-format bitrate, which players handle badly; export it at a standard bitrate.");
            }
            int rate = RATES[versionBits][rateIndex];
            if (version < 0) {
                version = versionBits;
                sampleRate = rate;
                channels = mode == 3 ? 1 : 2;
            } else if (version != versionBits || sampleRate != rate) {
                throw UnacceptableAudioException.malformed(NAME, "changes its MPEG version or sample rate at byte " + position
                        + " (two files joined together?)");
            }
            int kbps = (versionBits == 3 ? MPEG1_KBPS : MPEG2_KBPS)[bitrateIndex];
            return (versionBits == 3 ? 144_000 : 72_000) * kbps / rate + padding;
        }

        int samplesPerFrame() {
            return version == 3 ? 1152 : 576;
        }

        InspectedAudio finish() {
            if (count == 0) {
                throw UnacceptableAudioException.malformed(NAME, "holds no audio frames");
            }
            return new InspectedAudio(AudioFormat.MP3, count * samplesPerFrame() / (double) sampleRate, channels, sampleRate);
        }
    }

    private static long afterId3v2(FileChannel channel, long end) throws IOException {
        if (end < 10 || !"ID3".equals(ascii(channel, 0, 3))) {
            return 0;
        }
        ByteBuffer tag = read(channel, 0, 10);
        long size = 0;
        for (int i = 6; i < 10; i++) {
            int b = tag.get(i) & 0xff;
            if (b >= 0x80) {
                throw UnacceptableAudioException.malformed(NAME, "has a corrupt ID3 tag size");
            }
            size = (size << 7) | b;
        }
        boolean footer = tag.get(3) == 4 && (tag.get(5) & 0x10) != 0;
        long after = 10 + size + (footer ? 10 : 0);
        if (after >= end) {
            throw UnacceptableAudioException.malformed(NAME, "is truncated: it ends inside its ID3 tag");
        }
        return after;
    }

    /** A first frame that carries the Xing/Info or VBRI header of the file instead of audio. */
    private static boolean isInfoFrame(FileChannel channel, long position, int header, int length) throws IOException {
        boolean mpeg1 = ((header >>> 19) & 3) == 3;
        boolean mono = ((header >>> 6) & 3) == 3;
        int xing = 4 + (mpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17));
        if (xing + 4 <= length) {
            String tag = ascii(channel, position + xing, 4);
            if (tag.equals("Xing") || tag.equals("Info")) {
                return true;
            }
        }
        return 36 + 4 <= length && "VBRI".equals(ascii(channel, position + 36, 4));
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw UnacceptableAudioException.malformed(NAME, "is truncated");
            }
        }
        return buffer.flip();
    }

    private static String ascii(FileChannel channel, long position, int length) throws IOException {
        return StandardCharsets.ISO_8859_1.decode(read(channel, position, length)).toString();
    }
}
