package eu.clus3.core.identity;

import eu.clus3.core.testing.TestDatabase;

class UserServiceOnH2Test extends UserServiceTests {
    UserServiceOnH2Test() {
        super(TestDatabase.H2);
    }
}
