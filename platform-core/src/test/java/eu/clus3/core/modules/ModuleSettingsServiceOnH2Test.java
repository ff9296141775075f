package eu.clus3.core.modules;

import eu.clus3.core.testing.TestDatabase;

class ModuleSettingsServiceOnH2Test extends ModuleSettingsServiceTests {
    ModuleSettingsServiceOnH2Test() {
        super(TestDatabase.H2);
    }
}
