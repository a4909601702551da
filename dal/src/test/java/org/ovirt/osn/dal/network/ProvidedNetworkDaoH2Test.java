package org.ovirt.osn.dal.network;

import org.junit.jupiter.api.TestInstance;
import org.ovirt.osn.dal.testing.TestDatabase;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvidedNetworkDaoH2Test extends ProvidedNetworkDaoContract {
    ProvidedNetworkDaoH2Test() {
        super(TestDatabase.h2());
    }
}
