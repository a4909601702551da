package org.ovirt.osn.provisioning;

import org.ovirt.osn.provider.ProviderPort;

/** The port a {@link VnicPortRequest} ended with, and whether this attempt created it. */
record ProvisionedPort(VnicPortRequest request, ProviderPort port, boolean created) {
}
