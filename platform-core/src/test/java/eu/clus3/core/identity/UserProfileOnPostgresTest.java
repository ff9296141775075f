package eu.clus3.core.identity;

import eu.clus3.core.testing.TestDatabase;

class UserProfileOnPostgresTest extends UserProfileTests {
    UserProfileOnPostgresTest() {
        super(TestDatabase.POSTGRES);
    }
}
