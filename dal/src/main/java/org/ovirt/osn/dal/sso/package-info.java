/**
 * SSO bearer tokens ({@code osn_sso_token}), kept as SHA-256 digests in the shared database so that every engine node
 * accepts a token any node issued, and a revocation on one node holds on all.
 */
package org.ovirt.osn.dal.sso;
