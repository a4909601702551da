package org.ovirt.osn.dal.sso;

import org.junit.jupiter.api.TestInstance;
import org.ovirt.osn.dal.testing.TestDatabase;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SsoTokenDaoH2Test extends SsoTokenDaoContract {
    SsoTokenDaoH2Test() {
        super(TestDatabase.h2());
    }
}
