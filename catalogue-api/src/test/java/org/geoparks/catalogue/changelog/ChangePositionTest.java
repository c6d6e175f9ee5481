package org.geoparks.catalogue.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangePositionTest {

    @Test
    void readsAndWritesPostgresqlsSnapshotText() {
        ChangePosition p = ChangePosition.parse("740:745:741,743");
        assertThat(p).isEqualTo(new ChangePosition(740, 745, List.of(741L, 743L)));
        assertThat(p.toString()).isEqualTo("740:745:741,743");
        assertThat(ChangePosition.parse("729:729:").running()).isEmpty();
        assertThat(p.runningArray()).isEqualTo("{741,743}");
    }

    @Test
    void refusesWhatCannotBeASnapshot() {
        assertThatThrownBy(() -> ChangePosition.parse("12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChangePosition.parse("745:740:")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChangePosition.parse("740:745:746")).isInstanceOf(IllegalArgumentException.class);
    }
}
