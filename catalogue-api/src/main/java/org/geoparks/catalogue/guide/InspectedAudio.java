package org.geoparks.catalogue.guide;

/**
 * What a parse of an audio file established: its format and its duration, counted from the
 * audio it really holds (Ogg granules checked against the Opus packets, MP3 frames counted).
 */
record InspectedAudio(AudioFormat format, double durationS, int channels, int sampleRate) {
}
