/**
 * JAX-RS resources in collection/item pairs, shaped like oVirt's v4 services: the module's own (providers, events)
 * and the standalone engine host's inventory ({@code /datacenters}, {@code /clusters}, {@code /networks},
 * {@code /vnicprofiles}, {@code /hosts}), which a deployment into a real engine leaves to the engine.
 */
package org.ovirt.osn.restapi.resource;
