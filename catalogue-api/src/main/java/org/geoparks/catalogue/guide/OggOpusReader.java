package org.geoparks.catalogue.guide;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A strict reader of Ogg Opus files (RFC 3533, RFC 7845): every page checked (capture pattern,
 * CRC, sequence, one logical stream, an end-of-stream page), the identification and comment
 * headers parsed, and every audio packet's table of contents read to count the samples it holds.
 * The duration is the last granule position less the pre-skip, and it must not claim more
 * samples than the packets hold. See docs/decisions/0021-audio-validation.md for why this is
 * ours and not a library's.
 */
final class OggOpusReader {

    static final String NAME = "an Ogg Opus file";
    private static final int OPUS_RATE = 48_000;
    private static final int[] CRC_TABLE = crcTable();

    private OggOpusReader() {
    }

    static InspectedAudio read(InputStream in) throws IOException {
        Stream stream = new Stream();
        byte[] header = new byte[27];
        long offset = 0;
        while (true) {
            int n = in.readNBytes(header, 0, 27);
            if (n == 0) {
                break;
            }
            if (n < 27) {
                throw UnacceptableAudioException.malformed(NAME, "is truncated in the middle of a page header");
            }
            if (header[0] != 'O' || header[1] != 'g' || header[2] != 'g' || header[3] != 'S') {
                throw UnacceptableAudioException.malformed(NAME, "has data that is not an Ogg page at byte " + offset);
            }
            int segmentCount = header[26] & 0xff;
            byte[] segments = in.readNBytes(segmentCount);
            int dataLength = 0;
            for (byte s : segments) {
                dataLength += s & 0xff;
            }
            byte[] data = in.readNBytes(dataLength);
            if (segments.length < segmentCount || data.length < dataLength) {
                throw UnacceptableAudioException.malformed(NAME, "is truncated in the middle of page " + stream.pages);
            }
            stream.page(header, segments, data);
            offset += 27 + segmentCount + dataLength;
        }
        return stream.finish();
    }

    /** What the pages read so far established. */
    private static final class Stream {
        int pages;
        long serial;
        boolean ended;
        int channels;
        int preSkip;
        int packets;
        long samples;
        long lastGranule = -1;
        /** The first bytes and the length of the packet being assembled; null between packets. */
        byte[] packetStart;
        int packetLength = -1;

        void page(byte[] header, byte[] segments, byte[] data) {
            if (header[4] != 0) {
                throw UnacceptableAudioException.malformed(NAME, "uses Ogg version " + (header[4] & 0xff) + ", not 0");
            }
            int flags = header[5] & 0xff;
            boolean continued = (flags & 0x01) != 0;
            boolean first = (flags & 0x02) != 0;
            long granule = littleEndian(header, 6, 8);
            long pageSerial = littleEndian(header, 14, 4);
            long sequence = littleEndian(header, 18, 4);
            long crc = littleEndian(header, 22, 4);
            if (crc(header, segments, data) != crc) {
                throw UnacceptableAudioException.malformed(NAME, "is corrupt: the checksum of page " + pages + " does not match");
            }
            if (ended) {
                throw new UnacceptableAudioException(UnacceptableAudioException.Reason.MALFORMED,
                        "The file holds several Ogg streams one after the other; upload one recording per file.");
            }
            if (pages == 0) {
                if (!first) {
                    throw UnacceptableAudioException.malformed(NAME, "does not begin with the first page of a stream");
                }
                serial = pageSerial;
            } else if (first || pageSerial != serial) {
                throw new UnacceptableAudioException(UnacceptableAudioException.Reason.MALFORMED,
                        "The file interleaves several Ogg streams (audio and video, or several tracks); upload one Opus track.");
            }
            if (sequence != pages) {
                throw UnacceptableAudioException.malformed(NAME, "is missing pages (page " + pages + " is numbered " + sequence + ")");
            }
            if (continued != (packetStart != null)) {
                throw UnacceptableAudioException.malformed(NAME, "is corrupt: page " + pages + " does not continue the packet before it");
            }
            int at = 0;
            for (byte s : segments) {
                int length = s & 0xff;
                append(data, at, length);
                at += length;
                if (length < 255) {
                    packetEnds();
                }
            }
            if (pages == 0 && (packets != 1 || packetStart != null)) {
                throw UnacceptableAudioException.malformed(NAME, "does not hold the identification header alone on its first page");
            }
            if (granule != -1 && packets > 2) {
                if (granule < lastGranule) {
                    throw UnacceptableAudioException.malformed(NAME, "is corrupt: its time positions go backwards at page " + pages);
                }
                lastGranule = granule;
            }
            ended = (flags & 0x04) != 0;
            pages++;
        }

        private void append(byte[] data, int from, int length) {
            if (packetStart == null) {
                packetStart = new byte[0];
                packetLength = 0;
            }
            if (packetStart.length < 19) {
                int keep = Math.min(19 - packetStart.length, length);
                byte[] grown = Arrays.copyOf(packetStart, packetStart.length + keep);
                System.arraycopy(data, from, grown, packetStart.length, keep);
                packetStart = grown;
            }
            packetLength += length;
        }

        private void packetEnds() {
            byte[] start = packetStart;
            int length = packetLength;
            packetStart = null;
            packetLength = -1;
            if (packets == 0) {
                identification(start);
            } else if (packets == 1) {
                if (!startsWith(start, "OpusTags")) {
                    throw UnacceptableAudioException.malformed(NAME, "lacks its comment header (OpusTags)");
                }
            } else {
                if (length == 0) {
                    throw UnacceptableAudioException.malformed(NAME, "holds an empty Opus packet");
                }
                samples += samplesOf(start, length);
            }
            packets++;
        }

        private void identification(byte[] head) {
            if (!startsWith(head, "OpusHead")) {
                if (startsWith(head, "\u0001vorbis")) {
                    throw new UnacceptableAudioException(UnacceptableAudioException.Reason.UNSUPPORTED_FORMAT,
                            "This is Ogg Vorbis; the guide accepts Ogg Opus and MP3. Encode the recording as Opus (e.g. opusenc) or MP3.");
                }
                throw new UnacceptableAudioException(UnacceptableAudioException.Reason.UNSUPPORTED_FORMAT,
                        "This Ogg file does not hold Opus audio; the guide accepts Ogg Opus and MP3.");
            }
            if (head.length < 19) {
                throw UnacceptableAudioException.malformed(NAME, "has a cut identification header");
            }
            if ((head[8] & 0xf0) != 0) {
                throw UnacceptableAudioException.malformed(NAME, "uses an Opus mapping version this reader does not know (" + (head[8] & 0xff) + ")");
            }
            channels = head[9] & 0xff;
            preSkip = (int) littleEndian(head, 10, 2);
            int family = head[18] & 0xff;
            if (channels == 0 || (family == 0 && channels > 2)) {
                throw UnacceptableAudioException.malformed(NAME, "declares " + channels + " channels for mapping family " + family);
            }
        }

        InspectedAudio finish() {
            if (pages == 0) {
                throw UnacceptableAudioException.malformed(NAME, "is empty");
            }
            if (packetStart != null || !ended) {
                throw UnacceptableAudioException.malformed(NAME, "is truncated: it stops before its end-of-stream page");
            }
            if (packets < 3 || lastGranule <= preSkip) {
                throw UnacceptableAudioException.malformed(NAME, "holds no audio");
            }
            if (lastGranule > samples) {
                throw UnacceptableAudioException.malformed(NAME, "claims " + seconds(lastGranule) + " s of audio but holds only " + seconds(samples) + " s");
            }
            return new InspectedAudio(AudioFormat.OGG_OPUS, (lastGranule - preSkip) / (double) OPUS_RATE, channels, OPUS_RATE);
        }
    }

    /** Samples (at 48 kHz) in one Opus packet, from its table-of-contents byte (RFC 6716, 3.1). */
    static int samplesOf(byte[] start, int length) {
        int toc = start[0] & 0xff;
        int config = toc >> 3;
        int frameSize; // in 1/400 s (2.5 ms) units → 120 samples each
        if (config < 12) {
            frameSize = new int[] {4, 8, 16, 24}[config & 3];          // SILK: 10, 20, 40, 60 ms
        } else if (config < 16) {
            frameSize = new int[] {4, 8}[config & 1];                  // hybrid: 10, 20 ms
        } else {
            frameSize = new int[] {1, 2, 4, 8}[config & 3];            // CELT: 2.5, 5, 10, 20 ms
        }
        int frames = switch (toc & 3) {
            case 0 -> 1;
            case 1, 2 -> 2;
            default -> {
                if (length < 2) {
                    throw UnacceptableAudioException.malformed(NAME, "holds a packet cut before its frame count");
                }
                yield start[1] & 0x3f;
            }
        };
        int samples = frameSize * 120 * frames;
        if (frames == 0 || samples > 5760) {
            throw UnacceptableAudioException.malformed(NAME, "holds an Opus packet with an impossible frame count");
        }
        return samples;
    }

    private static String seconds(long samples) {
        return String.format(java.util.Locale.ROOT, "%.1f", samples / (double) OPUS_RATE);
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
        return bytes.length >= m.length && Arrays.equals(bytes, 0, m.length, m, 0, m.length);
    }

    private static long littleEndian(byte[] bytes, int from, int length) {
        long value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[from + i] & 0xff);
        }
        return value;
    }

    /** Ogg's CRC-32: polynomial 0x04c11db7, not reflected, initial 0, over the page with its CRC field zeroed. */
    static long crc(byte[] header, byte[] segments, byte[] data) {
        int crc = 0;
        for (int i = 0; i < header.length; i++) {
            int b = (i >= 22 && i < 26) ? 0 : header[i] & 0xff;
            crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ b) & 0xff];
        }
        for (byte b : segments) {
            crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ b) & 0xff];
        }
        for (byte b : data) {
            crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ b) & 0xff];
        }
        return crc & 0xffffffffL;
    }

    private static int[] crcTable() {
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            int r = i << 24;
            for (int j = 0; j < 8; j++) {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04c11db7 : r << 1;
            }
            table[i] = r;
        }
        return table;
    }
}
