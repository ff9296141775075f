package eu.clus3.core.database;

import eu.clus3.core.testing.TestDatabase;

class DatabaseOnPostgresTest extends DatabaseTests {
    DatabaseOnPostgresTest() {
        super(TestDatabase.POSTGRES);
    }
}
