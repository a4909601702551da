/**
 * The Neutron v2.0 implementation of the provider SPI, for OpenStack Neutron and Neutron-like providers such as
 * ovirt-provider-ovn.
 *
 * <p>Everything provider-specific stays in here: the wire records ({@code Neutron*}, {@code Keystone*}) and the one
 * {@link org.ovirt.osn.provider.neutron.NeutronMapper} between them and the SPI's records, Keystone v2.0/v3
 * authentication with its token cache, the single HTTP wrapper ({@link org.ovirt.osn.provider.neutron.NeutronHttp})
 * that turns every failure into a {@link org.ovirt.osn.provider.ProviderException}, the authenticated call with one
 * re-authentication ({@link org.ovirt.osn.provider.neutron.NeutronEndpoint}), paging
 * ({@link org.ovirt.osn.provider.neutron.NeutronPager}), what each provider can be asked
 * ({@link org.ovirt.osn.provider.neutron.NeutronCapabilityCache}), and the trust used for https providers. One
 * application-scoped {@link org.ovirt.osn.provider.neutron.NeutronClientHolder} owns the pooled RESTEasy client and the
 * caches that all proxies share.
 */
package org.ovirt.osn.provider.neutron;
