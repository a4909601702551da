/** JAX-RS resources in collection/item pairs, shaped like oVirt's v4 services. */
package org.ovirt.osn.restapi.resource;
