package org.ovirt.osn.dal.network;

import org.junit.jupiter.api.TestInstance;
import org.ovirt.osn.dal.testing.TestDatabase;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvidedNetworkDaoPostgresTest extends ProvidedNetworkDaoContract {
    ProvidedNetworkDaoPostgresTest() {
        super(TestDatabase.postgres());
    }
}
