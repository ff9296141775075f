package eu.clus3.core.notification;

import eu.clus3.core.testing.TestDatabase;

class DigestServiceOnH2Test extends DigestServiceTests {
    DigestServiceOnH2Test() {
        super(TestDatabase.H2);
    }
}
