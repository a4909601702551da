package org.ovirt.osn.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.job.JobNode;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The one way commands lock a provider ({@code provider:<id>}) or a VM ({@code vm:<id>}): an exclusive lease in the
 * shared database, so the lock holds across engine nodes. A command waits for it up to {@code osn.lock.wait.seconds}
 * (default 30) and then fails with {@link EngineMessage#ACTION_TYPE_FAILED_PROVIDER_LOCKED} or
 * {@link EngineMessage#ACTION_TYPE_FAILED_VM_LOCKED}. A lease lasts {@code osn.lock.ttl.seconds} (default 20) and
 * {@link LockLeaseKeeper} renews it every {@link #renewalInterval()} while its node lives, so a command may run
 * longer than that; a lease of a node that died runs out within the ttl. A command that needs both takes the VM
 * first (see {@link CommandRunner}).
 */
@ApplicationScoped
public class ProviderLocking {

    private static final System.Logger LOG = System.getLogger(ProviderLocking.class.getName());
    private static final Duration FIRST_RETRY = Duration.ofMillis(20);
    private static final Duration MAX_RETRY = Duration.ofMillis(500);
    private static final Duration MIN_RENEWAL = Duration.ofMillis(500);

    private LockLeases leases;
    private Duration wait;
    private Duration ttl;
    private String node;

    protected ProviderLocking() {
        // for CDI proxies
    }

    @Inject
    public ProviderLocking(LockLeases leases, OsnConfiguration configuration, JobNode node) {
        this(leases, configuration.getSeconds("osn.lock.wait.seconds", 30),
                configuration.getSeconds("osn.lock.ttl.seconds", 20), node.nodeId());
    }

    public ProviderLocking(LockLeases leases, Duration wait, Duration ttl, String node) {
        this.leases = leases;
        this.wait = wait;
        this.ttl = ttl;
        this.node = node;
    }

    /** How long a lease lasts without renewal: how long a dead node's lock blocks the others. */
    public Duration ttl() {
        return ttl;
    }

    /** A quarter of the ttl, so that three renewals in a row may fail (a busy database) before a lease runs out. */
    public Duration renewalInterval() {
        Duration quarter = ttl.dividedBy(4);
        return quarter.compareTo(MIN_RENEWAL) < 0 ? MIN_RENEWAL : quarter;
    }

    /** A held lock; closing it releases it. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** @throws CommandFailedException when another command keeps the provider locked for longer than the wait */
    public Held lock(UUID providerId) {
        return lock("provider:" + providerId, holder -> new CommandFailedException(
                EngineMessage.ACTION_TYPE_FAILED_PROVIDER_LOCKED,
                Map.of("ProviderId", providerId.toString(), "Holder", holder), null));
    }

    /** @throws CommandFailedException when another command keeps the VM locked for longer than the wait */
    public Held lockVm(UUID vmId) {
        return lock("vm:" + vmId, holder -> new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_VM_LOCKED,
                Map.of("VmId", vmId.toString(), "Holder", holder), null));
    }

    private Held lock(String key, java.util.function.Function<String, CommandFailedException> timedOut) {
        String owner = node + "/" + Thread.currentThread().getName() + "/" + UUID.randomUUID();
        long deadline = System.nanoTime() + wait.toNanos();
        Duration pause = FIRST_RETRY;
        while (!tryAcquire(key, owner)) {
            if (System.nanoTime() >= deadline) {
                String holder = leases.holder(key);
                throw timedOut.apply(holder == null ? "another command" : holder);
            }
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : pause.multipliedBy(2);
        }
        return () -> leases.release(key, owner);
    }

    /**
     * One attempt, no waiting: for work that another node may just as well be doing (the periodic sync).
     *
     * @return the held lock, or empty when someone else holds it
     */
    public java.util.Optional<Held> tryLock(UUID providerId) {
        String key = "provider:" + providerId;
        String owner = node + "/" + Thread.currentThread().getName() + "/" + UUID.randomUUID();
        if (!tryAcquire(key, owner)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(() -> leases.release(key, owner));
    }

    private boolean tryAcquire(String key, String owner) {
        try {
            return leases.tryAcquire(key, owner, ttl);
        } catch (RuntimeException unavailable) {
            // a lost race answers false; this is the database failing the attempt (a lock timeout, a dropped
            // connection): the caller tries again until its wait runs out, as if the lock were held
            LOG.log(System.Logger.Level.WARNING, "Could not take the lock " + key + ": " + unavailable);
            return false;
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a lock", e);
        }
    }
}
