package eu.clus3.core.cluster;

import eu.clus3.core.testing.TestDatabase;

class ClusterServiceOnPostgresTest extends ClusterServiceTests {
    ClusterServiceOnPostgresTest() {
        super(TestDatabase.POSTGRES);
    }
}
