package eu.clus3.core.modules;

import eu.clus3.core.testing.TestDatabase;

class ModuleSettingsServiceOnPostgresTest extends ModuleSettingsServiceTests {
    ModuleSettingsServiceOnPostgresTest() {
        super(TestDatabase.POSTGRES);
    }
}
