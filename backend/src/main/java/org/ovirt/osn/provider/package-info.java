/**
 * The provider SPI: {@link org.ovirt.osn.provider.NetworkProviderProxy} speaks engine domain types, one
 * {@link org.ovirt.osn.provider.NetworkProviderProxyFactory} per provider type, and the single
 * {@link org.ovirt.osn.provider.ProviderException} every failure becomes. The domain records are what a provider
 * reports ({@code ProviderNetwork}, {@code ProviderSubnet}, {@code ProviderPort}, {@code ProviderCapabilities}) and what
 * the engine asks of it ({@code ProviderNetworkSpec}, {@code ProviderSubnetSpec}, {@code PortSpec}, {@code PortUpdate},
 * {@code PortFilter}). No wire format lives here.
 */
package org.ovirt.osn.provider;
