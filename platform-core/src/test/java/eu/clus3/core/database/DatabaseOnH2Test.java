package eu.clus3.core.database;

import eu.clus3.core.testing.TestDatabase;

class DatabaseOnH2Test extends DatabaseTests {
    DatabaseOnH2Test() {
        super(TestDatabase.H2);
    }
}
