/** Provided-by links: which provider networks an engine network comes from (table {@code osn_provided_network}). */
package org.ovirt.osn.dal.network;
