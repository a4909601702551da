/** Read-only queries the REST layer uses; they never expose secrets. */
package org.ovirt.osn.query;
