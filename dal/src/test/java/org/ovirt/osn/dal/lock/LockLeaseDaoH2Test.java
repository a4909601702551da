package org.ovirt.osn.dal.lock;

import org.junit.jupiter.api.TestInstance;
import org.ovirt.osn.dal.testing.TestDatabase;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockLeaseDaoH2Test extends LockLeaseDaoContract {
    LockLeaseDaoH2Test() {
        super(TestDatabase.h2());
    }
}
