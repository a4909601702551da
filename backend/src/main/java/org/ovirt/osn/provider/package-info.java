/**
 * The provider SPI: {@link org.ovirt.osn.provider.NetworkProviderProxy} speaks engine domain types, one
 * {@link org.ovirt.osn.provider.NetworkProviderProxyFactory} per provider type, and the single
 * {@link org.ovirt.osn.provider.ProviderException} every failure becomes. No wire format lives here.
 */
package org.ovirt.osn.provider;
