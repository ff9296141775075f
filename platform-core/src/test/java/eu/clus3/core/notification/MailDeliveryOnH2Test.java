package eu.clus3.core.notification;

import eu.clus3.core.testing.TestDatabase;

class MailDeliveryOnH2Test extends MailDeliveryTests {
    MailDeliveryOnH2Test() {
        super(TestDatabase.H2);
    }
}
