package eu.clus3.core.identity;

import eu.clus3.core.testing.TestDatabase;

class ApiTokenServiceOnPostgresTest extends ApiTokenServiceTests {
    ApiTokenServiceOnPostgresTest() {
        super(TestDatabase.POSTGRES);
    }
}
