package eu.clus3.core.modules;

import eu.clus3.core.testing.TestDatabase;

class ModuleFileStoreOnPostgresTest extends ModuleFileStoreTests {
    ModuleFileStoreOnPostgresTest() {
        super(TestDatabase.POSTGRES);
    }
}
