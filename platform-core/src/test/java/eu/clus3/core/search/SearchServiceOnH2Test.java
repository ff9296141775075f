package eu.clus3.core.search;

import eu.clus3.core.testing.TestDatabase;

class SearchServiceOnH2Test extends SearchServiceTests {
    SearchServiceOnH2Test() {
        super(TestDatabase.H2);
    }
}
