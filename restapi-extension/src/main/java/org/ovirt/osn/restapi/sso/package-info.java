/** Authentication: the SSO token endpoint (password grant), token store, built-in admin, and the API filter. */
package org.ovirt.osn.restapi.sso;
