package org.ovirt.osn.provider.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One {@link ProviderCallMeter} per provider id, kept until the provider is removed ({@link #forget}) or the
 * application stops (a changed URL or password keeps the meter: it is still the same provider to the admin). Status changes go out as a CDI event of
 * {@link ProviderStatusChange}, fired synchronously on the thread of the call that caused the change.
 *
 * <p>Lifecycle: one instance per application. Thread-safe; {@link #meterFor} costs one map lookup once the meter
 * exists, and proxies ask for it once each, not per call.
 */
@ApplicationScoped
public class ProviderHealthRegistry {

    /** How long after a failure a success still counts as {@link ProviderStatus#DEGRADED}. */
    public static final Duration RECOVERY_WINDOW = Duration.ofSeconds(60);

    private final ConcurrentMap<UUID, ProviderCallMeter> meters = new ConcurrentHashMap<>();
    private final List<ProviderMeterListener> meterListeners = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private final Duration recoveryWindow;
    private final Consumer<ProviderStatusChange> statusListener;

    protected ProviderHealthRegistry() {
        // for CDI's client proxy only
        this.clock = null;
        this.recoveryWindow = null;
        this.statusListener = null;
    }

    @Inject
    public ProviderHealthRegistry(Event<ProviderStatusChange> statusChanges) {
        this(Clock.systemUTC(), RECOVERY_WINDOW, statusChanges::fire);
    }

    public ProviderHealthRegistry(Clock clock, Duration recoveryWindow, Consumer<ProviderStatusChange> statusListener) {
        this.clock = clock;
        this.recoveryWindow = recoveryWindow;
        this.statusListener = statusListener;
    }

    /**
     * The meter of a stored provider, created on first use. A provider not stored yet (no id: the connectivity test
     * of one being added) gets a meter of its own that nobody reads.
     */
    public ProviderCallMeter meterFor(UUID providerId, String providerName) {
        if (providerId == null) {
            return ProviderCallMeter.unattached();
        }
        ProviderCallMeter meter = meters.get(providerId);
        if (meter == null) {
            ProviderCallMeter created = new ProviderCallMeter(providerId, providerName, clock, recoveryWindow,
                    statusListener);
            meter = meters.putIfAbsent(providerId, created);
            if (meter == null) {
                meterListeners.forEach(listener -> listener.measured(created));
                return created;
            }
        }
        meter.renamed(providerName);
        return meter;
    }

    public Optional<ProviderCallMeter> meter(UUID providerId) {
        return Optional.ofNullable(meters.get(providerId));
    }

    public Collection<ProviderCallMeter> meters() {
        return List.copyOf(meters.values());
    }

    /**
     * The provider was removed: its measurements go, and the metrics with them. A call still under way when it goes
     * ends on the forgotten meter, which nothing reads any longer.
     */
    public Optional<ProviderCallMeter> forget(UUID providerId) {
        ProviderCallMeter forgotten = meters.remove(providerId);
        if (forgotten != null) {
            meterListeners.forEach(listener -> listener.forgotten(forgotten));
        }
        return Optional.ofNullable(forgotten);
    }

    /**
     * {@code listener} hears of every meter there is now and of each one created later, and of each one forgotten
     * (the metrics binder).
     */
    public void onEveryMeter(ProviderMeterListener listener) {
        meterListeners.add(listener);
        meters.values().forEach(listener::measured);
    }
}
