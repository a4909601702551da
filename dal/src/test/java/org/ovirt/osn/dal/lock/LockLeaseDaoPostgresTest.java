package org.ovirt.osn.dal.lock;

import org.junit.jupiter.api.TestInstance;
import org.ovirt.osn.dal.testing.TestDatabase;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockLeaseDaoPostgresTest extends LockLeaseDaoContract {
    LockLeaseDaoPostgresTest() {
        super(TestDatabase.postgres());
    }
}
