/** Network providers as stored in {@code osn_network_provider} and its custom-property table. */
package org.ovirt.osn.dal.provider;
