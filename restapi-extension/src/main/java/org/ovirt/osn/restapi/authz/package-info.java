/**
 * Who may call what: the roles of oVirt that matter to this module ({@link org.ovirt.osn.restapi.authz.Role}), the
 * permission each REST resource method requires ({@link org.ovirt.osn.restapi.authz.RequiresPermission}, one per
 * method), and the filter that refuses a forbidden call with 403 before the method runs.
 */
package org.ovirt.osn.restapi.authz;
