package org.ovirt.osn.dal.engine;

import org.junit.jupiter.api.TestInstance;
import org.ovirt.osn.dal.testing.TestDatabase;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineVmDaoH2Test extends EngineVmDaoContract {
    EngineVmDaoH2Test() {
        super(TestDatabase.h2());
    }
}
