package eu.clus3.core.modules;

import eu.clus3.core.testing.TestDatabase;

class ModulePermissionServiceOnPostgresTest extends ModulePermissionServiceTests {
    ModulePermissionServiceOnPostgresTest() {
        super(TestDatabase.POSTGRES);
    }
}
