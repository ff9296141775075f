package eu.clus3.core.onboarding;

import eu.clus3.core.testing.TestDatabase;

class PasswordResetServiceOnH2Test extends PasswordResetServiceTests {
    PasswordResetServiceOnH2Test() {
        super(TestDatabase.H2);
    }
}
