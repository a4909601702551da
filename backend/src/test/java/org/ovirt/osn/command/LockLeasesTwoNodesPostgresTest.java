package org.ovirt.osn.command;

import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockLeasesTwoNodesPostgresTest extends LockLeasesTwoNodesContract {
    LockLeasesTwoNodesPostgresTest() {
        super(LeaseDatabase.postgres());
    }
}
