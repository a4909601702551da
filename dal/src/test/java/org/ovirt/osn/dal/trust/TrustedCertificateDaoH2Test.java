package org.ovirt.osn.dal.trust;

import org.junit.jupiter.api.TestInstance;
import org.ovirt.osn.dal.testing.TestDatabase;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrustedCertificateDaoH2Test extends TrustedCertificateDaoContract {
    TrustedCertificateDaoH2Test() {
        super(TestDatabase.h2());
    }
}
