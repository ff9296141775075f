package eu.clus3.core.onboarding;

import eu.clus3.core.testing.TestDatabase;

class PasswordResetServiceOnPostgresTest extends PasswordResetServiceTests {
    PasswordResetServiceOnPostgresTest() {
        super(TestDatabase.POSTGRES);
    }
}
