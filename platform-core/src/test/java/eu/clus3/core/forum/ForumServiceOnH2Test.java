package eu.clus3.core.forum;

import eu.clus3.core.testing.TestDatabase;

class ForumServiceOnH2Test extends ForumServiceTests {
    ForumServiceOnH2Test() {
        super(TestDatabase.H2);
    }
}
