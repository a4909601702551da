package org.ovirt.osn.restapi;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API under {@code /ovirt-engine/api}; resources and providers are found by scanning. */
@ApplicationPath("/api")
public class OsnRestApplication extends Application {
}
