package org.geoparks.catalogue.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.geoparks.catalogue.support.InvalidRecordException;

/** A partner's geopark-partner certificate: its number and, when it expires, the last valid day. */
@Embeddable
public record Certification(
        @Column(name = "certification_number") String number,
        @Column(name = "certification_valid_until") LocalDate validUntil) {

    public Certification {
        if (number == null || number.isBlank()) {
            throw new InvalidRecordException("certification.number", "a certificate needs its number; leave certification out if there is none");
        }
        number = number.strip();
    }
}
