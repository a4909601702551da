/**
 * The durable port release queue ({@code osn_port_release}): provider ports still to be deleted, with their retry
 * state and the claim of the node working each one.
 */
package org.ovirt.osn.dal.release;
