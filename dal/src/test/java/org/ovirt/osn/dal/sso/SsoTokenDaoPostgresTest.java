package org.ovirt.osn.dal.sso;

import org.junit.jupiter.api.TestInstance;
import org.ovirt.osn.dal.testing.TestDatabase;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SsoTokenDaoPostgresTest extends SsoTokenDaoContract {
    SsoTokenDaoPostgresTest() {
        super(TestDatabase.postgres());
    }
}
