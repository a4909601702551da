package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.provider.PortFilter;
import org.ovirt.osn.provider.PortSpec;
import org.ovirt.osn.provider.PortUpdate;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderPort;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * The port calls of {@link NeutronNetworkProviderProxy}: lookup by server-side filter, single and bulk create (with
 * the one-by-one fallback that leaves nothing behind), update and idempotent delete. Stateless and thread-safe.
 */
final class NeutronPorts {

    static final String PORTS = "ports";

    private static final System.Logger LOG = System.getLogger(NeutronPorts.class.getName());

    private final NeutronEndpoint endpoint;
    private final Executor lookups;

    /** @param lookups runs the per-device lookups of {@link #findEachDevice} next to the calling thread */
    NeutronPorts(NeutronEndpoint endpoint, Executor lookups) {
        this.endpoint = endpoint;
        this.lookups = lookups;
    }

    /**
     * For a provider that reads only the first value of a repeated filter: one lookup per device id, all but the
     * last on {@code lookups} and the last on this thread, so that the ports of a VM's vNICs still cost about one
     * round trip (the provider's own concurrency limit of {@link NeutronEndpoint} bounds them further). The answers
     * are merged in the order of the device ids, each port once. A failure of any lookup is the failure of the call.
     *
     * @param pageSize items per page; 0 when the provider cannot page
     */
    Stream<ProviderPort> findEachDevice(PortFilter filter, int pageSize) {
        List<String> devices = filter.deviceIds();
        List<CompletableFuture<List<ProviderPort>>> others = new ArrayList<>(devices.size() - 1);
        for (String device : devices.subList(0, devices.size() - 1)) {
            PortFilter one = filter.andDeviceId(device);
            others.add(CompletableFuture.supplyAsync(() -> find(one, pageSize).toList(), lookups));
        }
        List<ProviderPort> last;
        try {
            last = find(filter.andDeviceId(devices.get(devices.size() - 1)), pageSize).toList();
        } catch (RuntimeException e) {
            others.forEach(f -> f.cancel(false));
            throw e;
        }
        Map<String, ProviderPort> merged = new LinkedHashMap<>();
        for (CompletableFuture<List<ProviderPort>> other : others) {
            joined(other).forEach(port -> merged.putIfAbsent(port.id(), port));
        }
        last.forEach(port -> merged.putIfAbsent(port.id(), port));
        // each answer was checked against its own device id; the whole filter still holds for every port
        return merged.values().stream().filter(filter::matches);
    }

    private static List<ProviderPort> joined(CompletableFuture<List<ProviderPort>> lookup) {
        try {
            return lookup.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** @param pageSize items per page; 0 when the provider cannot page */
    Stream<ProviderPort> find(PortFilter filter, int pageSize) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        // several device ids go as a repeated key, which Neutron ORs: one request for all vNICs of a VM (a provider
        // that reads only the first value is asked through findEachDevice instead)
        query.put("device_id", filter.deviceIds());
        query.put("device_owner", Collections.singletonList(filter.deviceOwner()));
        // Neutron keeps MAC addresses in lower case and compares them as strings
        query.put("mac_address", Collections.singletonList(
                filter.macAddress() == null ? null : filter.macAddress().toLowerCase(Locale.ROOT)));
        query.put("network_id", Collections.singletonList(filter.networkId()));
        return NeutronPager.stream(endpoint, PORTS, query, NeutronPort.Page.class, pageSize)
                .map(NeutronMapper::toDomain)
                .filter(filter::matches);
    }

    Optional<ProviderPort> get(String portId) {
        try {
            return Optional.of(NeutronMapper.toDomain(endpoint.fetch(
                    NeutronHttp.Call.get(endpoint.item(PORTS, portId)), NeutronPort.One.class,
                    NeutronPort.One::port, "port")));
        } catch (ProviderException e) {
            if (NeutronEndpoint.isGone(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    ProviderPort create(PortSpec spec) {
        NeutronPort created = endpoint.fetch(
                NeutronHttp.Call.post(endpoint.uri(PORTS), new NeutronPort.One(NeutronMapper.toWire(spec))),
                NeutronPort.One.class, NeutronPort.One::port, "port");
        return NeutronMapper.toDomain(created);
    }

    /**
     * @param bulk         whether to try one bulk request first
     * @param bulkRefused  called when the provider refuses bulk requests, so that later calls skip them
     */
    List<ProviderPort> create(List<PortSpec> specs, boolean bulk, Runnable bulkRefused) {
        if (specs.isEmpty()) {
            return List.of();
        }
        if (specs.size() == 1) {
            return List.of(create(specs.get(0)));
        }
        if (bulk) {
            try {
                return createInOneRequest(specs);
            } catch (ProviderException e) {
                if (!refusesBulk(e)) {
                    throw e;
                }
                LOG.log(System.Logger.Level.INFO, "Provider {0} refused a bulk port create ({1}); creating ports one"
                        + " by one from now on", endpoint.providerName(), e.describe());
                bulkRefused.run();
            }
        }
        return createOneByOne(specs);
    }

    private List<ProviderPort> createInOneRequest(List<PortSpec> specs) {
        NeutronHttp.Call call = NeutronHttp.Call.post(endpoint.uri(PORTS),
                NeutronPort.Page.of(specs.stream().map(NeutronMapper::toWire).toList()));
        List<NeutronPort> created = endpoint.fetch(call, NeutronPort.Page.class, NeutronPort.Page::ports, "ports");
        if (created.size() != specs.size()) {
            RuntimeException failure = ProviderFailures.badResponse(call.describe(), 201, null, "The provider"
                    + " created " + created.size() + " ports for a request of " + specs.size());
            created.stream().filter(port -> port != null && port.id() != null)
                    .forEach(port -> removeAfterFailure(NeutronMapper.toDomain(port), failure));
            throw failure;
        }
        return created.stream().map(NeutronMapper::toDomain).toList();
    }

    /** Where there is no bulk: one by one, and the ones created deleted again if a later one fails. */
    private List<ProviderPort> createOneByOne(List<PortSpec> specs) {
        List<ProviderPort> created = new ArrayList<>(specs.size());
        try {
            for (PortSpec spec : specs) {
                created.add(create(spec));
            }
            return created;
        } catch (RuntimeException failure) {
            for (int i = created.size() - 1; i >= 0; i--) {
                removeAfterFailure(created.get(i), failure);
            }
            throw failure;
        }
    }

    private void removeAfterFailure(ProviderPort port, RuntimeException failure) {
        try {
            delete(port.id());
        } catch (RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
            LOG.log(System.Logger.Level.WARNING, "Provider {0}: port {1} (device {2}) was created for a request that"
                    + " failed, and could not be deleted again: {3}", endpoint.providerName(), port.id(),
                    port.deviceId(), cleanup.getMessage());
        }
    }

    /**
     * Whether a 400 to a bulk create means "no bulk here" rather than "one of these ports is wrong". Neutron names
     * its errors ({@code HTTPBadRequest}, {@code InvalidInput}) and then means the items, unless bulk is switched off
     * there; ovirt-provider-ovn looks for a {@code port} member, does not find it, and answers in its own shape, whose
     * type is the title "Bad Request".
     */
    static boolean refusesBulk(ProviderException e) {
        if (e.code() != ProviderErrorCode.BAD_REQUEST) {
            return false;
        }
        if (e.getMessage() != null && e.getMessage().contains("Bulk operation not supported")) {
            return true;
        }
        String type = e.providerErrorType();
        return type == null || type.contains(" ");
    }

    ProviderPort update(String portId, PortUpdate update) {
        NeutronHttp.Call call = update.isEmpty()
                ? NeutronHttp.Call.get(endpoint.item(PORTS, portId))
                : NeutronHttp.Call.put(endpoint.item(PORTS, portId), new NeutronPort.One(NeutronMapper.toWire(update)));
        return NeutronMapper.toDomain(endpoint.fetch(call, NeutronPort.One.class, NeutronPort.One::port, "port"));
    }

    boolean delete(String portId) {
        return endpoint.delete(endpoint.item(PORTS, portId));
    }
}
