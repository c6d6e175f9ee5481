package org.geoparks.catalogue.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.geoparks.catalogue.editing.UnacceptableUploadException;
import org.junit.jupiter.api.Test;

class InspectionPhotoTest {

    @Test
    void aPhotoIsKnownByItsFirstBytesNotByItsName() {
        assertThat(InspectionPhoto.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe1, 0, 0}, 1000).mediaType()).isEqualTo("image/jpeg");
        assertThat(InspectionPhoto.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0}, 1000).mediaType()).isEqualTo("image/png");
        assertThat(InspectionPhoto.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), 1000).mediaType()).isEqualTo("image/webp");
        assertThatThrownBy(() -> InspectionPhoto.of("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), 1000))
                .isInstanceOf(UnacceptableUploadException.class).matches(e -> !((UnacceptableUploadException) e).tooLarge());
    }

    @Test
    void aPhotoLargerThanTheLimitIsRefusedSayingTheLimit() {
        assertThatThrownBy(() -> InspectionPhoto.of(new byte[5000], 4096))
                .isInstanceOf(UnacceptableUploadException.class).hasMessageContaining("at most 4 KB")
                .matches(e -> ((UnacceptableUploadException) e).tooLarge());
    }
}
