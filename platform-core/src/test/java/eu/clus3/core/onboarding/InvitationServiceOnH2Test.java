package eu.clus3.core.onboarding;

import eu.clus3.core.testing.TestDatabase;

class InvitationServiceOnH2Test extends InvitationServiceTests {
    InvitationServiceOnH2Test() {
        super(TestDatabase.H2);
    }
}
