package org.ovirt.osn.command.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.command.CommandContext;
import org.ovirt.osn.command.CommandRunner;
import org.ovirt.osn.command.ProviderLocking;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.provider.NetworkProvider;

import java.util.Optional;

/**
 * One periodic pass: syncs every provider with auto sync on, one after the other. Each provider is synced under its
 * lock taken without waiting, so when several engine nodes run this pass, one of them syncs a provider and the others
 * skip it (and a provider an admin is changing right now is simply synced next time). A failure is audited by the
 * command and does not stop the pass.
 */
@ApplicationScoped
public class AutoSync {

    private static final System.Logger LOG = System.getLogger(AutoSync.class.getName());

    private NetworkProviderRepository repository;
    private ProviderLocking locking;
    private CommandRunner runner;
    private SyncNetworkProviderCommand sync;

    protected AutoSync() {
        // for CDI proxies
    }

    @Inject
    public AutoSync(NetworkProviderRepository repository, ProviderLocking locking, CommandRunner runner,
                    SyncNetworkProviderCommand sync) {
        this.repository = repository;
        this.locking = locking;
        this.runner = runner;
        this.sync = sync;
    }

    /** @return how many providers this pass synced (successfully or not) */
    public int runOnce() {
        int synced = 0;
        for (NetworkProvider provider : repository.findAllWithoutSecrets()) {
            if (!provider.autoSync()) {
                continue;
            }
            Optional<ProviderLocking.Held> lock = locking.tryLock(provider.id());
            if (lock.isEmpty()) {
                LOG.log(System.Logger.Level.DEBUG, "Provider {0} is locked (another node or command); skipped",
                        provider.name());
                continue;
            }
            try (ProviderLocking.Held held = lock.get()) {
                synced++;
                runner.run(sync, new SyncNetworkProviderParameters(provider.id(), false,
                        SyncNetworkProviderParameters.Trigger.PERIODIC), CommandContext.internal());
            } catch (RuntimeException e) {
                // audited by the runner; the other providers still get their turn
                LOG.log(System.Logger.Level.WARNING, "Periodic sync of provider " + provider.name() + " failed: "
                        + e.getMessage());
            }
        }
        return synced;
    }
}
