package org.geoparks.catalogue.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    static final long SIZE = 10_000;
    static final String ETAG = "\"abc\"";

    @Test
    void theFirstBytes() {
        ByteRange r = decide("bytes=0-1023");
        assertThat(r.kind()).isEqualTo(ByteRange.Kind.PARTIAL);
        assertThat(r.length()).isEqualTo(1024);
        assertThat(r.contentRange(SIZE)).isEqualTo("bytes 0-1023/10000");
    }

    @Test
    void aRangeInTheMiddleAndOneToTheEnd() {
        assertThat(decide("bytes=5000-5999").contentRange(SIZE)).isEqualTo("bytes 5000-5999/10000");
        assertThat(decide("bytes=9000-").contentRange(SIZE)).isEqualTo("bytes 9000-9999/10000");
    }

    @Test
    void aSuffixIsTheLastBytesAndAtMostTheWhole() {
        assertThat(decide("bytes=-500").contentRange(SIZE)).isEqualTo("bytes 9500-9999/10000");
        assertThat(decide("bytes=-20000").contentRange(SIZE)).isEqualTo("bytes 0-9999/10000");
    }

    @Test
    void aRangeRunningPastTheEndIsCutAtTheEnd() {
        assertThat(decide("bytes=9990-20000").contentRange(SIZE)).isEqualTo("bytes 9990-9999/10000");
    }

    @Test
    void badRangesAreNotSatisfiable() {
        for (String bad : new String[] {"bytes=10000-", "bytes=20000-30000", "bytes=500-100", "bytes=-0", "bytes=abc", "bytes=-", "bytes"}) {
            ByteRange r = decide(bad);
            assertThat(r.kind()).as(bad).isEqualTo(ByteRange.Kind.UNSATISFIABLE);
            assertThat(r.contentRange(SIZE)).isEqualTo("bytes */10000");
        }
    }

    @Test
    void severalRangesOtherUnitsAndStaleIfRangeGetTheWhole() {
        assertThat(decide("bytes=0-99,200-299").kind()).isEqualTo(ByteRange.Kind.WHOLE);
        assertThat(decide("items=0-5").kind()).isEqualTo(ByteRange.Kind.WHOLE);
        assertThat(ByteRange.decide("bytes=0-99", "\"other\"", ETAG, SIZE).kind()).isEqualTo(ByteRange.Kind.WHOLE);
        assertThat(ByteRange.decide("bytes=0-99", ETAG, ETAG, SIZE).kind()).isEqualTo(ByteRange.Kind.PARTIAL);
        assertThat(decide(null).kind()).isEqualTo(ByteRange.Kind.WHOLE);
    }

    private static ByteRange decide(String range) {
        return ByteRange.decide(range, null, ETAG, SIZE);
    }
}
