package org.geoparks.catalogue.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SignDraftTest {

    @Test
    void aSignMustServeAPlaceOrAHazard() {
        assertThatThrownBy(() -> SignFixtures.board("cb-sign-1", null, null))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("a sign must serve a place or a hazard");
        assertThat(SignFixtures.board("cb-sign-1", "cb-ban-gioc-waterfall", null).servesPlaceId()).isEqualTo("cb-ban-gioc-waterfall");
        assertThat(SignFixtures.board("cb-sign-1", null, "cb-high-water").servesHazardId()).isEqualTo("cb-high-water");
        assertThat(SignFixtures.board("cb-sign-1", "cb-ban-gioc-waterfall", "cb-high-water").servesHazardId()).isEqualTo("cb-high-water");
    }

    @Test
    void anEmptyCsvCellIsNoReference() {
        assertThatThrownBy(() -> SignFixtures.board("cb-sign-1", "", " "))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("a sign must serve a place or a hazard");
        assertThat(SignFixtures.board("cb-sign-1", "cb-ban-gioc-waterfall", "").servesHazardId()).isNull();
    }

    @Test
    void referencesAreIds() {
        assertThatThrownBy(() -> SignFixtures.board("cb-sign-1", null, "High water!"))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("serves_hazard:");
    }

    @Test
    void aSignIsNotInspectedBeforeItIsInstalled() {
        SignDraft d = SignFixtures.board("cb-sign-1", "cb-ban-gioc-waterfall", null);
        assertThatThrownBy(() -> new SignDraft(d.id(), d.parkId(), d.type(), d.condition(), LocalDate.of(2025, 1, 1),
                LocalDate.of(2024, 12, 31), d.languages(), d.servesPlaceId(), d.servesHazardId(), d.text(), d.photoUrl(),
                d.sample(), d.geometry(), d.sources(), d.positionPrecision()))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("last_inspected:");
    }

    @Test
    void aSignStandsAtAPointAndSpeaksCanonicalLanguages() {
        SignDraft d = SignFixtures.board("cb-sign-1", "cb-ban-gioc-waterfall", null);
        assertThatThrownBy(() -> new SignDraft(d.id(), d.parkId(), d.type(), d.condition(), d.installedOn(), d.lastInspectedOn(),
                d.languages(), d.servesPlaceId(), d.servesHazardId(), d.text(), d.photoUrl(), d.sample(), null, d.sources(),
                d.positionPrecision()))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("geometry:");
        SignDraft lowerCase = new SignDraft(d.id(), d.parkId(), d.type(), d.condition(), d.installedOn(), d.lastInspectedOn(),
                List.of("VI", "zh-hans"), d.servesPlaceId(), d.servesHazardId(), d.text(), d.photoUrl(), d.sample(),
                Fixtures.point(106.72, 22.85), d.sources(), d.positionPrecision());
        assertThat(lowerCase.languages()).containsExactly("vi", "zh-Hans");
    }

    @Test
    void codesAreTheSchemas() {
        assertThat(CodedEnum.codes(SignType.class)).isEqualTo("interpretation, direction, warning, safety");
        assertThat(CodedEnum.codes(SignCondition.class)).isEqualTo("good, fair, damaged, missing, needs_replacing");
    }
}
