package org.geoparks.catalogue;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The capability packages are modules: no cycles between them, and nobody reaches into another
 * module's internals. Also writes the module diagram used in docs/architecture.md.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(CatalogueApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theModuleDiagramIsWritten() {
        new Documenter(modules).writeModulesAsPlantUml();
    }
}
