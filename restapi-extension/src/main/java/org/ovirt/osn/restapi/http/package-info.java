/** Servlet-level guards of the whole WAR that run before JAX-RS: request size and headers JAX-RS cannot parse. */
package org.ovirt.osn.restapi.http;
