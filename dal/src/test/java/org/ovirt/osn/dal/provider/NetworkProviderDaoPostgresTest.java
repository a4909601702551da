package org.ovirt.osn.dal.provider;

import org.junit.jupiter.api.TestInstance;
import org.ovirt.osn.dal.testing.TestDatabase;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkProviderDaoPostgresTest extends NetworkProviderDaoContract {
    NetworkProviderDaoPostgresTest() {
        super(TestDatabase.postgres());
    }
}
