package eu.clus3.core.demo;

import eu.clus3.core.testing.TestDatabase;

class DemoForumsOnPostgresTest extends DemoForumsTests {
    DemoForumsOnPostgresTest() {
        super(TestDatabase.POSTGRES);
    }
}
