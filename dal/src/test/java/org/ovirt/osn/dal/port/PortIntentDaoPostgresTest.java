package org.ovirt.osn.dal.port;

import org.junit.jupiter.api.TestInstance;
import org.ovirt.osn.dal.testing.TestDatabase;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortIntentDaoPostgresTest extends PortIntentDaoContract {
    PortIntentDaoPostgresTest() {
        super(TestDatabase.postgres());
    }
}
