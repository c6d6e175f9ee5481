package org.geoparks.catalogue.editing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExpectedVersionTest {

    @Test
    void anEditWithoutIfMatchOrWithAStarIsRefusedAsBlind() {
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatch(null)).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatch(" ")).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatch("*")).isInstanceOf(PreconditionRequiredException.class);
    }

    @Test
    void theVersionReadMatchesOnlyWhileTheRecordIsStillAtIt() {
        ExpectedVersion read = ExpectedVersion.fromIfMatch("\"7\"");

        assertThatCode(() -> read.require("hazard", "cb-hz", 7)).doesNotThrowAnyException();
        assertThatThrownBy(() -> read.require("hazard", "cb-hz", 8)).isInstanceOf(PreconditionFailedException.class)
                .hasMessageContaining("version 8").hasMessageContaining("\"8\"");
    }

    @Test
    void weakTagsAndTagsOfOtherResourcesNeverMatchButAnyOfAListMay() {
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatch("W/\"7\"").require("sign", "s", 7)).isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatch("\"Yq3-page-hash\"").require("sign", "s", 7))
                .isInstanceOf(PreconditionFailedException.class);
        assertThatCode(() -> ExpectedVersion.fromIfMatch("\"6\", \"7\"").require("sign", "s", 7)).doesNotThrowAnyException();
    }

    @Test
    void aVersionSentBackInTheRecordStandsInForIfMatch() {
        assertThatCode(() -> ExpectedVersion.fromIfMatchOr(null, 3).require("sign", "s", 3)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatchOr("\"2\"", 3).require("sign", "s", 3))
                .as("If-Match, when sent, decides").isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatchOr(null, null)).isInstanceOf(PreconditionRequiredException.class);
    }
}
