package eu.clus3.core.identity;

import eu.clus3.core.testing.TestDatabase;

class UserProfileOnH2Test extends UserProfileTests {
    UserProfileOnH2Test() {
        super(TestDatabase.H2);
    }
}
