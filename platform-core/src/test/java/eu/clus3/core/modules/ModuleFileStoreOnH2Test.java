package eu.clus3.core.modules;

import eu.clus3.core.testing.TestDatabase;

class ModuleFileStoreOnH2Test extends ModuleFileStoreTests {
    ModuleFileStoreOnH2Test() {
        super(TestDatabase.H2);
    }
}
