package eu.clus3.core.identity;

import eu.clus3.core.testing.TestDatabase;

class UserServiceOnPostgresTest extends UserServiceTests {
    UserServiceOnPostgresTest() {
        super(TestDatabase.POSTGRES);
    }
}
