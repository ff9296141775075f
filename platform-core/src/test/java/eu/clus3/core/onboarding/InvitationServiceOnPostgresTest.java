package eu.clus3.core.onboarding;

import eu.clus3.core.testing.TestDatabase;

class InvitationServiceOnPostgresTest extends InvitationServiceTests {
    InvitationServiceOnPostgresTest() {
        super(TestDatabase.POSTGRES);
    }
}
