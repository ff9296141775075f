package eu.clus3.core.modules;

import eu.clus3.core.testing.TestDatabase;

class ModulePermissionServiceOnH2Test extends ModulePermissionServiceTests {
    ModulePermissionServiceOnH2Test() {
        super(TestDatabase.H2);
    }
}
