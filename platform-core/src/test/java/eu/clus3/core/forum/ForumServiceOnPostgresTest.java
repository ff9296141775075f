package eu.clus3.core.forum;

import eu.clus3.core.testing.TestDatabase;

class ForumServiceOnPostgresTest extends ForumServiceTests {
    ForumServiceOnPostgresTest() {
        super(TestDatabase.POSTGRES);
    }
}
