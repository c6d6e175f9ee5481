package org.geoparks.catalogue.guide;

import java.util.Arrays;

/** The audio formats the guide accepts, serves and packs. */
enum AudioFormat {
    OGG_OPUS("ogg-opus", "audio/ogg; codecs=opus", "opus"),
    MP3("mp3", "audio/mpeg", "mp3");

    private final String code;
    private final String mediaType;
    private final String extension;

    AudioFormat(String code, String mediaType, String extension) {
        this.code = code;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The name in JSON documents and manifests: {@code ogg-opus}, {@code mp3}. */
    String code() {
        return code;
    }

    /** The Content-Type it is served with (RFC 7845 for Ogg Opus). */
    String mediaType() {
        return mediaType;
    }

    /** The file extension in offline packs. */
    String extension() {
        return extension;
    }

    static AudioFormat ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no audio format for the stored media type " + mediaType));
    }
}
