package eu.clus3.core.demo;

import eu.clus3.core.testing.TestDatabase;

class DemoForumsOnH2Test extends DemoForumsTests {
    DemoForumsOnH2Test() {
        super(TestDatabase.H2);
    }
}
