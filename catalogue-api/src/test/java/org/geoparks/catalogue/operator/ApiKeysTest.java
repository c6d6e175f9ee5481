package org.geoparks.catalogue.operator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keys are named by their prefix, whichever way they are given. */
class ApiKeysTest {

    @Test
    void aKeyOrItsPrefixNamesTheSameKey() {
        assertThat(ApiKeys.prefixOf("gpk_abcdefghij_ABCDEFGHIJKLMNOPQRSTUVWXYZ012345")).isEqualTo("abcdefghij");
        assertThat(ApiKeys.prefixOf("abcdefghij")).isEqualTo("abcdefghij");
        assertThat(ApiKeys.prefixOf(" gpk_abcdefghij ")).isEqualTo("abcdefghij");
    }

    @Test
    void theStoredHashIsSha256OfTheWholeKey() {
        assertThat(ApiKeys.hash("gpk_abcdefghij_ABCDEFGHIJKLMNOPQRSTUVWXYZ012345")).hasSize(64).matches("[0-9a-f]+");
        assertThat(ApiKeys.hash("a")).isNotEqualTo(ApiKeys.hash("b"));
    }
}
