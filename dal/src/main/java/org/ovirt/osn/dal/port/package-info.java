/** Provisioned vNIC ports ({@code osn_vnic_port}): the module's record of the provider port of each vNIC. */
package org.ovirt.osn.dal.port;
