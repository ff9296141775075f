package eu.clus3.core.identity;

import eu.clus3.core.testing.TestDatabase;

class ApiTokenServiceOnH2Test extends ApiTokenServiceTests {
    ApiTokenServiceOnH2Test() {
        super(TestDatabase.H2);
    }
}
