package org.ovirt.osn.provisioning.release;

import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.provider.NetworkProvider;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The provider store of a drill: one provider, which the drill may remove. */
final class OneProviderRepository extends NetworkProviderRepository {

    private volatile NetworkProvider provider;

    OneProviderRepository(NetworkProvider provider) {
        this.provider = provider;
    }

    void removeProvider() {
        provider = null;
    }

    @Override
    public Optional<NetworkProvider> findById(UUID id) {
        NetworkProvider p = provider;
        return p != null && p.id().equals(id) ? Optional.of(p) : Optional.empty();
    }

    @Override
    public Optional<NetworkProvider> findByIdWithoutSecrets(UUID id) {
        return findById(id);
    }

    @Override
    public String displayName(UUID id) {
        return findById(id).map(NetworkProvider::name).orElse(String.valueOf(id));
    }

    @Override
    public List<NetworkProvider> findAllWithoutSecrets() {
        NetworkProvider p = provider;
        return p == null ? List.of() : List.of(p);
    }
}
