package org.ovirt.osn.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.network.ProviderNetworkAccess;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderPort;
import org.ovirt.osn.provisioning.release.OrphanPortReconciler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The engine's orphan ports on a provider, asked live (see {@link OrphanPortReconciler} for what an orphan is): what
 * a reconcile would release. Nothing is changed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrphanPortQueries {

    private NetworkProviderRepository repository;
    private ProviderNetworkAccess access;
    private OrphanPortReconciler reconciler;

    protected OrphanPortQueries() {
        // for CDI proxies
    }

    @Inject
    public OrphanPortQueries(NetworkProviderRepository repository, ProviderNetworkAccess access,
                             OrphanPortReconciler reconciler) {
        this.repository = repository;
        this.access = access;
        this.reconciler = reconciler;
    }

    /**
     * @param networkId only the ports of this provider network; null for all of the provider's
     * @param max       at most this many; the provider is asked for no more pages than needed
     * @throws CommandFailedException NOT_FOUND for an unknown provider, PROVIDER when the provider fails
     */
    public List<ProviderPort> orphans(UUID providerId, String networkId, long max) {
        Map<String, String> variables = new HashMap<>();
        variables.put("Action", "list orphan ports of");
        variables.put("ProviderId", String.valueOf(providerId));
        variables.put("ProviderName", repository.displayName(providerId));
        try {
            return reconciler.orphans(access.proxy(providerId, variables), networkId).limit(max).toList();
        } catch (ProviderException e) {
            variables.put("Detail", e.describe());
            throw new CommandFailedException(EngineMessage.valueOf("PROVIDER_FAILURE_" + e.code().name()), variables,
                    e);
        }
    }

    /** The device owner that marks this engine's ports. */
    public String deviceOwner() {
        return reconciler.deviceOwner();
    }
}
