/**
 * The module's meters in WildFly's Micrometer registry, scraped in Prometheus format on the management interface
 * ({@code /metrics}): the providers' calls, latency, calls in flight and status, labelled by provider.
 */
package org.ovirt.osn.restapi.metrics;
