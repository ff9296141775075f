package eu.clus3.core.search;

import eu.clus3.core.testing.TestDatabase;

class SearchServiceOnPostgresTest extends SearchServiceTests {
    SearchServiceOnPostgresTest() {
        super(TestDatabase.POSTGRES);
    }
}
