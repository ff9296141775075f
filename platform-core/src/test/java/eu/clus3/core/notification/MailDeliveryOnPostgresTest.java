package eu.clus3.core.notification;

import eu.clus3.core.testing.TestDatabase;

class MailDeliveryOnPostgresTest extends MailDeliveryTests {
    MailDeliveryOnPostgresTest() {
        super(TestDatabase.POSTGRES);
    }
}
