package eu.clus3.core.cluster;

import eu.clus3.core.testing.TestDatabase;

class ClusterServiceOnH2Test extends ClusterServiceTests {
    ClusterServiceOnH2Test() {
        super(TestDatabase.H2);
    }
}
