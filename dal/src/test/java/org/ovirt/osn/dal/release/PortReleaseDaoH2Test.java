package org.ovirt.osn.dal.release;

import org.junit.jupiter.api.TestInstance;
import org.ovirt.osn.dal.testing.TestDatabase;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortReleaseDaoH2Test extends PortReleaseDaoContract {
    PortReleaseDaoH2Test() {
        super(TestDatabase.h2());
    }
}
