package org.ovirt.osn.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.config.OsnConfiguration;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The one way commands lock a provider ({@code provider:<id>}) or a VM ({@code vm:<id>}): an exclusive lease in the
 * shared database, so the lock holds across engine nodes. A command waits for it up to {@code osn.lock.wait.seconds}
 * (default 30) and then fails with {@link EngineMessage#ACTION_TYPE_FAILED_PROVIDER_LOCKED} or
 * {@link EngineMessage#ACTION_TYPE_FAILED_VM_LOCKED}; a lease left by a crashed node expires after
 * {@code osn.lock.ttl.seconds} (default 600). A command that needs both takes the VM first (see {@link CommandRunner}).
 */
@ApplicationScoped
public class ProviderLocking {

    private static final Duration FIRST_RETRY = Duration.ofMillis(20);
    private static final Duration MAX_RETRY = Duration.ofMillis(500);

    private LockLeases leases;
    private Duration wait;
    private Duration ttl;
    private String node;

    protected ProviderLocking() {
        // for CDI proxies
    }

    @Inject
    public ProviderLocking(LockLeases leases, OsnConfiguration configuration) {
        this(leases, configuration.getSeconds("osn.lock.wait.seconds", 30),
                configuration.getSeconds("osn.lock.ttl.seconds", 600),
                configuration.get("osn.node.id", ProcessHandle.current().pid() + "@" + hostName()));
    }

    public ProviderLocking(LockLeases leases, Duration wait, Duration ttl, String node) {
        this.leases = leases;
        this.wait = wait;
        this.ttl = ttl;
        this.node = node;
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
        } catch (RuntimeException lostRace) {
            // two nodes inserted at once: the loser's transaction rolls back; it simply tries again
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

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
