/**
 * MicroProfile Health checks the module registers with WildFly, served on the management interface
 * ({@code /health/ready}, {@code /health/live}): the database and its migrations decide readiness; the providers'
 * statuses are reported in the data of an always-up check, since a provider that is down must not take the engine
 * out of service.
 */
package org.ovirt.osn.restapi.health;
