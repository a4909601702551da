package org.ovirt.osn.dal.release;

import org.junit.jupiter.api.TestInstance;
import org.ovirt.osn.dal.testing.TestDatabase;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortReleaseDaoPostgresTest extends PortReleaseDaoContract {
    PortReleaseDaoPostgresTest() {
        super(TestDatabase.postgres());
    }
}
