package org.ovirt.osn.command;

import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockLeasesTwoNodesH2Test extends LockLeasesTwoNodesContract {
    LockLeasesTwoNodesH2Test() {
        super(LeaseDatabase.h2());
    }
}
