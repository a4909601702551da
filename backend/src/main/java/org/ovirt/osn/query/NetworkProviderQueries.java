package org.ovirt.osn.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.provider.NetworkProvider;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read-only views of providers, never with a password. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NetworkProviderQueries {

    private NetworkProviderRepository repository;

    protected NetworkProviderQueries() {
        // for CDI proxies
    }

    @Inject
    public NetworkProviderQueries(NetworkProviderRepository repository) {
        this.repository = repository;
    }

    public List<NetworkProvider> all() {
        return repository.findAllWithoutSecrets();
    }

    public Optional<NetworkProvider> byId(UUID id) {
        return repository.findByIdWithoutSecrets(id);
    }
}
