package org.geoparks.catalogue.heritage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.junit.jupiter.api.Test;

class IntangibleHeritageDraftTest {

    @Test
    void aTraditionNeedsAtLeastOnePark() {
        assertThatThrownBy(() -> HeritageFixtures.thenRitual("cb-then", List.of(), List.of()))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("parks:");
    }

    @Test
    void parksAndPlacesAreSetsKeptInOrder() {
        IntangibleHeritageDraft draft = HeritageFixtures.thenRitual("cb-then",
                List.of("non-nuoc-cao-bang", "lang-son", "non-nuoc-cao-bang"), List.of("cb-b", "cb-a", " "));

        assertThat(draft.parks()).containsExactly("lang-son", "non-nuoc-cao-bang");
        assertThat(draft.places()).containsExactly("cb-a", "cb-b");
    }

    @Test
    void linksAreIds() {
        assertThatThrownBy(() -> HeritageFixtures.thenRitual("cb-then", List.of("non-nuoc-cao-bang"), List.of("Bản Giốc")))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("places")
                .hasMessageContaining("Bản Giốc");
    }

    @Test
    void categoriesAreTheSchemasCodes() {
        assertThat(CodedEnum.codes(HeritageCategory.class))
                .isEqualTo("performing_art, ritual, festival, craft, oral_tradition, cuisine");
    }
}
