package eu.clus3.core.notification;

import eu.clus3.core.testing.TestDatabase;

class DigestServiceOnPostgresTest extends DigestServiceTests {
    DigestServiceOnPostgresTest() {
        super(TestDatabase.POSTGRES);
    }
}
