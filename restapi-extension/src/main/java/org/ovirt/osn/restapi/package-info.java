/**
 * The REST layer: JAX-RS resources in the oVirt v4 model under {@code /ovirt-engine/api}, the SSO token endpoint,
 * authentication, and the mapping of every failure to an oVirt {@code <fault>}. It calls commands and queries only.
 */
package org.ovirt.osn.restapi;
