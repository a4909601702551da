package org.ovirt.osn.availability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.ProviderAgent;
import org.ovirt.osn.provider.ProviderSegment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The latest {@link AgentsView} of each provider, kept for {@value #TTL_SETTING} seconds (default
 * {@value #DEFAULT_TTL_SECONDS}): agents report every few seconds and Neutron marks them dead after its
 * {@code agent_down_time}, so a view a few seconds old says what asking again would, at no cost for a burst of VM
 * starts. A refresh asks again at once. Threads that find it expired at the same time wait for one of them to ask
 * (twenty VMs started at once cost the provider one call, not twenty). Nothing of it needs to survive a restart or
 * be shared between nodes.
 */
@ApplicationScoped
public class AgentsViews {

    static final String TTL_SETTING = "osn.availability.cache.seconds";
    static final int DEFAULT_TTL_SECONDS = 10;

    private record Key(UUID providerId, String url) {
    }

    private final ConcurrentMap<Key, AgentsView> views = new ConcurrentHashMap<>();
    private final ConcurrentMap<Key, Object> asking = new ConcurrentHashMap<>();
    private Duration ttl;
    private Clock clock;

    protected AgentsViews() {
        // for CDI proxies
    }

    @Inject
    public AgentsViews(OsnConfiguration configuration) {
        this(configuration.getSeconds(TTL_SETTING, DEFAULT_TTL_SECONDS), Clock.systemUTC());
    }

    public AgentsViews(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    /**
     * @param proxy   asked for only when the provider must be asked (making one reads and decrypts the stored
     *                provider), so that a kept view costs nothing
     * @param refresh ask the provider even when the kept view is fresh
     */
    public AgentsView view(NetworkProvider provider, Supplier<NetworkProviderProxy> proxy, boolean refresh) {
        Key key = new Key(provider.id(), provider.url());
        Instant asked = clock.instant();
        AgentsView kept = fresh(key, asked);
        if (!refresh && kept != null) {
            return kept;
        }
        synchronized (asking.computeIfAbsent(key, k -> new Object())) {
            kept = fresh(key, asked);
            // a view fetched while this thread waited is as fresh as a refresh it asked for
            if (kept != null && (!refresh || kept.fetchedAt().isAfter(asked))) {
                return kept;
            }
            return fetch(key, proxy.get());
        }
    }

    private AgentsView fresh(Key key, Instant now) {
        AgentsView kept = views.get(key);
        return kept != null && kept.fetchedAt().plus(ttl).isAfter(now) ? kept : null;
    }

    private AgentsView fetch(Key key, NetworkProviderProxy asked) {
        Instant now = clock.instant();
        List<ProviderAgent> agents = asked.listAgents();
        // segments only matter where agents decide; a provider without agents is not asked for them
        List<ProviderSegment> segments = agents.stream().anyMatch(ProviderAgent::isL2)
                ? asked.listSegments().toList() : List.of();
        AgentsView fetched = new AgentsView(now, agents, segments);
        views.put(key, fetched);
        // a changed URL is another provider as far as agents go
        views.keySet().removeIf(other -> Objects.equals(other.providerId(), key.providerId()) && !other.equals(key));
        asking.keySet().removeIf(other -> Objects.equals(other.providerId(), key.providerId()) && !other.equals(key));
        return fetched;
    }
}
