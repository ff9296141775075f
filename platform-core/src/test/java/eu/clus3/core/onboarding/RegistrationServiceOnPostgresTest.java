package eu.clus3.core.onboarding;

import eu.clus3.core.testing.TestDatabase;

class RegistrationServiceOnPostgresTest extends RegistrationServiceTests {
    RegistrationServiceOnPostgresTest() {
        super(TestDatabase.POSTGRES);
    }
}
