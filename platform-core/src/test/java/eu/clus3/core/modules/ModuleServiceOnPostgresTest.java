package eu.clus3.core.modules;

import eu.clus3.core.testing.TestDatabase;

class ModuleServiceOnPostgresTest extends ModuleServiceTests {
    ModuleServiceOnPostgresTest() {
        super(TestDatabase.POSTGRES);
    }
}
