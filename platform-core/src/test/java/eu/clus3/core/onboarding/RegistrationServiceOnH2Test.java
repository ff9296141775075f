package eu.clus3.core.onboarding;

import eu.clus3.core.testing.TestDatabase;

class RegistrationServiceOnH2Test extends RegistrationServiceTests {
    RegistrationServiceOnH2Test() {
        super(TestDatabase.H2);
    }
}
