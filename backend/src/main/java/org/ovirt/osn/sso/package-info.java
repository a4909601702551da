/**
 * The SSO bearer tokens every engine node shares through the database: issue, look up, revoke, and the housekeeping
 * (a node's own tokens of an earlier run, expired rows). The REST layer's token store calls these; it never sees a
 * DAO.
 */
package org.ovirt.osn.sso;
