/**
 * Authentication as the engine's SSO offers it: the token endpoint (password grant), token-info for registered SSO
 * clients such as ovirt-provider-ovn (their secrets hashed in {@code sso-clients.properties}, written by
 * {@code scripts/sso-client.sh}), logout, the token store, the built-in admin, and the API filter.
 */
package org.ovirt.osn.restapi.sso;
