package org.ovirt.osn.dal.trust;

import org.junit.jupiter.api.TestInstance;
import org.ovirt.osn.dal.testing.TestDatabase;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrustedCertificateDaoPostgresTest extends TrustedCertificateDaoContract {
    TrustedCertificateDaoPostgresTest() {
        super(TestDatabase.postgres());
    }
}
