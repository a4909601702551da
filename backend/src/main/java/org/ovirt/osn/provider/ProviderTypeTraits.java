package org.ovirt.osn.provider;

/**
 * What a provider type is, as far as the engine's flows must know: declared once by the type's
 * {@link NetworkProviderProxyFactory}, so that commands ask this instead of comparing types.
 *
 * @param vnicProviderType the {@code provider_type} a host receives with each vNIC on this provider's networks; the
 *                         provider's VDSM hook acts on it ({@code OPENSTACK_NETWORK}, {@code EXTERNAL_NETWORK},
 *                         {@code unmanaged})
 * @param managed          the provider holds the networks, subnets and ports the engine asks for; when false they
 *                         live only in the engine, nothing is ever sent to the provider, vNICs get no port and
 *                         subnets are refused
 */
public record ProviderTypeTraits(String vnicProviderType, boolean managed) {
}
