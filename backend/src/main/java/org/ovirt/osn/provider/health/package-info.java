/**
 * What the module learns about each provider from the calls it makes anyway: counts, failures by kind and latency of
 * every HTTP call (measured in the Neutron client's one HTTP wrapper), the last success and failure, the Keystone
 * token's age and expiry, calls in flight, and a {@link org.ovirt.osn.provider.health.ProviderStatus} derived from
 * the outcome of recent calls, never from a probe of its own. Lock-free and allocation-free on the call path; read by
 * the statistics query, the metrics binder and the status-change audit.
 */
package org.ovirt.osn.provider.health;
