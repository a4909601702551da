/**
 * Provider networks in the engine: import one as a new data center network, link one to an existing network (a
 * network may be provided by several providers), and manage a provider network's subnets.
 */
package org.ovirt.osn.command.network;
