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
 * starts. A refresh asks again at once. Two threads that find it expired may both ask; the later answer stays.
 * Nothing of it needs to survive a restart or be shared between nodes.
 */
@ApplicationScoped
public class AgentsViews {

    static final String TTL_SETTING = "osn.availability.cache.seconds";
    static final int DEFAULT_TTL_SECONDS = 10;

    private record Key(UUID providerId, String url) {
    }

    private final ConcurrentMap<Key, AgentsView> views = new ConcurrentHashMap<>();
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
        Instant now = clock.instant();
        AgentsView kept = views.get(key);
        if (!refresh && kept != null && kept.fetchedAt().plus(ttl).isAfter(now)) {
            return kept;
        }
        NetworkProviderProxy asked = proxy.get();
        List<ProviderAgent> agents = asked.listAgents();
        // segments only matter where agents decide; a provider without agents is not asked for them
        List<ProviderSegment> segments = agents.stream().anyMatch(ProviderAgent::isL2)
                ? asked.listSegments().toList() : List.of();
        AgentsView fetched = new AgentsView(now, agents, segments);
        views.put(key, fetched);
        // a changed URL is another provider as far as agents go
        views.keySet().removeIf(other -> Objects.equals(other.providerId(), key.providerId()) && !other.equals(key));
        return fetched;
    }
}
