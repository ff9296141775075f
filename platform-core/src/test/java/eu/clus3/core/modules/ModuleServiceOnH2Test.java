package eu.clus3.core.modules;

import eu.clus3.core.testing.TestDatabase;

class ModuleServiceOnH2Test extends ModuleServiceTests {
    ModuleServiceOnH2Test() {
        super(TestDatabase.H2);
    }
}
