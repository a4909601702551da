/** Mappers between the REST model and the domain; each has a round-trip test. */
package org.ovirt.osn.restapi.mapping;
