package org.ovirt.osn.command.provider;

import java.util.UUID;

/**
 * A certificate to remove from the provider trust store, by the alias it is stored under, asked through a provider.
 *
 * @param alias as {@link org.ovirt.osn.provider.ProviderTrustStore#list()} names it ({@code osn-sha256-<hex>} for an
 *              imported one)
 */
public record RemoveProviderCertificateParameters(UUID providerId, String alias) {
}
