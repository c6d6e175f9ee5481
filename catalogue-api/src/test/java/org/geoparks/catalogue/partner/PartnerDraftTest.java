package org.geoparks.catalogue.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.junit.jupiter.api.Test;

class PartnerDraftTest {

    @Test
    void ocopStarsAreThreeToFive() {
        assertThat(PartnerFixtures.product("chestnuts", 3).ocopStars()).isEqualTo(3);
        assertThat(PartnerFixtures.product("chestnuts", 5).ocopStars()).isEqualTo(5);
        assertThat(PartnerFixtures.product("chestnuts", null).ocopStars()).isNull();
        for (int stars : new int[] {0, 2, 6}) {
            assertThatThrownBy(() -> PartnerFixtures.product("chestnuts", stars))
                    .isInstanceOf(InvalidRecordException.class)
                    .hasMessageStartingWith("products.ocop_stars:")
                    .hasMessageContaining(String.valueOf(stars));
        }
    }

    @Test
    void aProductNeedsAName() {
        assertThatThrownBy(() -> new Product(LocalizedText.EMPTY, null, null, null, null, null, 4))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("products.name:");
    }

    @Test
    void anEmptyProductEntryIsRefused() {
        List<Product> products = new java.util.ArrayList<>();
        products.add(null);
        assertThatThrownBy(() -> PartnerFixtures.ocopProducer("cb-sample-coop", products))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("products:");
    }

    @Test
    void aCertificateNeedsItsNumber() {
        assertThatThrownBy(() -> new Certification(" ", LocalDate.of(2027, 1, 1)))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("certification.number:");
    }

    @Test
    void aPartnerWithoutContactHasAnEmptyOne() {
        PartnerDraft draft = PartnerFixtures.ocopProducer("cb-sample-coop", List.of());
        PartnerDraft withoutContact = new PartnerDraft(draft.id(), draft.parkId(), draft.type(), draft.sample(), draft.name(),
                draft.description(), draft.transliterated(), null, null, draft.languagesSpoken(), null, null, draft.sources(),
                draft.positionPrecision());

        assertThat(withoutContact.contact()).isEqualTo(Contact.NONE);
        assertThat(new Contact(" ", "", null)).isEqualTo(Contact.NONE);
        assertThat(withoutContact.products()).isEmpty();
        assertThat(withoutContact.certification()).isNull();
    }

    @Test
    void typesAreTheSchemasCodes() {
        assertThat(CodedEnum.codes(PartnerType.class))
                .isEqualTo("homestay, hotel, restaurant, product_shop, ocop_producer, guide, transport");
    }
}
