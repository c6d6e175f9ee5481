package org.geoparks.catalogue.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuideCoverageCsvTest {

    @Test
    void cellsAreQuotedAsRfc4180Says() {
        assertThat(GuideCoverageController.cell("Thác Bản Giốc")).isEqualTo("Thác Bản Giốc");
        assertThat(GuideCoverageController.cell("Hang, động")).isEqualTo("\"Hang, động\"");
        assertThat(GuideCoverageController.cell("the \"eye\"")).isEqualTo("\"the \"\"eye\"\"\"");
        assertThat(GuideCoverageController.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(GuideCoverageController.cell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK(");
        assertThat(GuideCoverageController.cell("+1")).isEqualTo("'+1");
        assertThat(GuideCoverageController.cell("±100 m")).isEqualTo("±100 m");
    }
}
