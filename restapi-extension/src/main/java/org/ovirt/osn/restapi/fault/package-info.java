/** Exception mappers: every failure becomes an oVirt fault with the right status; none is a catch-all 400. */
package org.ovirt.osn.restapi.fault;
