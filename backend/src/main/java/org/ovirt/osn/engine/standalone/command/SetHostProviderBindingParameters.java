package org.ovirt.osn.engine.standalone.command;

import java.util.UUID;

/**
 * The binding host id a host reports for a provider plugin type (what VDSM's getCaps reports as
 * {@code openstack_binding_host_ids} on a real engine host).
 */
public record SetHostProviderBindingParameters(UUID hostId, String pluginType, String bindingHostId) {
}
