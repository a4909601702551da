/** Lock leases ({@code osn_lock}): cross-node mutual exclusion through the shared database. */
package org.ovirt.osn.dal.lock;
