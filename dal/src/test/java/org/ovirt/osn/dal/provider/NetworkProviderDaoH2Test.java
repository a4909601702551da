package org.ovirt.osn.dal.provider;

import org.junit.jupiter.api.TestInstance;
import org.ovirt.osn.dal.testing.TestDatabase;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkProviderDaoH2Test extends NetworkProviderDaoContract {
    NetworkProviderDaoH2Test() {
        super(TestDatabase.h2());
    }
}
