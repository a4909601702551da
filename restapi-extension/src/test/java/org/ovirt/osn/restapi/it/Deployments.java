package org.ovirt.osn.restapi.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The real WAR the build made, deployed as is. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive war() {
        File war = new File(System.getProperty("osn.war", "target/ovirt-engine.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** The WAR plus test classes, for tests that run inside the server. */
    static WebArchive warWith(Class<?>... testClasses) {
        return war().addClasses(testClasses);
    }
}
