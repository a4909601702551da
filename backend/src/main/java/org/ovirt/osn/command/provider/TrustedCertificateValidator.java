package org.ovirt.osn.command.provider;

import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.provider.ProviderTrustStore;

import java.util.Map;

import static org.ovirt.osn.command.ValidationResult.failWith;
import static org.ovirt.osn.command.ValidationResult.validWhen;

/** Rules for certificates already in the provider trust store. Each returns a result and never throws. */
public final class TrustedCertificateValidator {

    private TrustedCertificateValidator() {
    }

    /** The store holds a trusted certificate under that alias; a store that cannot be read is a failure too. */
    public static ValidationResult inStore(ProviderTrustStore store, String alias) {
        try {
            boolean found = alias != null && store.list().stream().anyMatch(t -> t.alias().equals(alias));
            return validWhen(found, EngineMessage.ACTION_TYPE_FAILED_PROVIDER_CERTIFICATE_NOT_IN_TRUST_STORE,
                    Map.of("Alias", String.valueOf(alias)));
        } catch (ProviderTrustStore.UnwritableException e) {
            return failWith(EngineMessage.PROVIDER_TRUST_STORE_UNWRITABLE, Map.of("Detail", e.getMessage()));
        }
    }
}
