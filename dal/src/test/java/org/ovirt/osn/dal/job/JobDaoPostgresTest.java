package org.ovirt.osn.dal.job;

import org.junit.jupiter.api.TestInstance;
import org.ovirt.osn.dal.testing.TestDatabase;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobDaoPostgresTest extends JobDaoContract {
    JobDaoPostgresTest() {
        super(TestDatabase.postgres());
    }
}
