/**
 * Provisioned vNIC ports ({@code osn_vnic_port}): the module's record of the provider port of each vNIC, and the
 * intents to create one ({@code osn_port_intent}) that are open until the port is recorded.
 */
package org.ovirt.osn.dal.port;
