package org.ovirt.osn.command.network;

import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.ProviderTypeTraits;
import org.ovirt.osn.provider.ProviderNetwork;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.ovirt.osn.command.ValidationResult.validWhen;

/** Rules for bringing a provider network into the engine and for changing it on the provider. Never throws. */
public final class ExternalNetworkValidator {

    private ExternalNetworkValidator() {
    }

    public static ValidationResult externalNetworkFound(Optional<ProviderNetwork> found, String externalId) {
        return validWhen(found.isPresent(), EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_NOT_FOUND,
                Map.of("ExternalNetworkId", String.valueOf(externalId)));
    }

    /** One provider network is imported (or linked) at most once per data center. */
    public static ValidationResult notInDataCenter(List<ProvidedNetworkEntity> linksOfExternalNetwork,
                                                   DataCenter dataCenter, String externalId) {
        return validWhen(linksOfExternalNetwork.stream().noneMatch(l -> l.getDataCenterId().equals(dataCenter.id())),
                EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_ALREADY_EXISTS,
                Map.of("ExternalNetworkId", String.valueOf(externalId), "DataCenterName", dataCenter.name()));
    }

    /** A provider provides an engine network at most once. */
    public static ValidationResult notYetProvidedBy(List<ProvidedNetworkEntity> linksOfNetwork, UUID providerId,
                                                    LogicalNetwork network) {
        return validWhen(linksOfNetwork.stream().noneMatch(l -> l.getProviderId().equals(providerId)),
                EngineMessage.ACTION_TYPE_FAILED_NETWORK_ALREADY_PROVIDED_BY_PROVIDER,
                Map.of("NetworkName", network.name()));
    }

    /** Read-only providers allow imports and ports, not changes of their networks or subnets. */
    public static ValidationResult providerNotReadOnly(NetworkProvider provider) {
        return validWhen(!provider.readOnly(), EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_PROVIDER_IS_READ_ONLY,
                Map.of("ProviderName", provider.name()));
    }

    /** Subnets exist only on a provider that keeps what the engine asks of it; an unmanaged one keeps nothing. */
    public static ValidationResult providerKeepsSubnets(NetworkProvider provider, ProviderTypeTraits traits) {
        return validWhen(traits.managed(), EngineMessage.ACTION_TYPE_FAILED_PROVIDER_KEEPS_NO_SUBNETS,
                Map.of("ProviderName", provider.name()));
    }

    /**
     * A network that carries a provider network on the hosts: of the same data center, not itself a provider's
     * network, and untagged or on a VLAN a provider accepts (1-4094).
     */
    public static ValidationResult physicalNetworkUsable(LogicalNetwork physical, DataCenter dataCenter,
                                                        List<ProvidedNetworkEntity> linksOfPhysical) {
        Map<String, String> names = Map.of("PhysicalNetworkName", physical.name(), "DataCenterName", dataCenter.name());
        return ValidationResult.firstFailure(
                () -> validWhen(physical.dataCenterId().equals(dataCenter.id()),
                        EngineMessage.ACTION_TYPE_FAILED_PHYSICAL_NETWORK_NOT_IN_DATA_CENTER, names),
                () -> validWhen(linksOfPhysical.isEmpty(), EngineMessage.ACTION_TYPE_FAILED_PHYSICAL_NETWORK_IS_EXTERNAL,
                        names),
                () -> validWhen(physical.vlanId() == null || (physical.vlanId() >= 1 && physical.vlanId() <= 4094),
                        EngineMessage.ACTION_TYPE_FAILED_PHYSICAL_NETWORK_VLAN_INVALID,
                        Map.of("PhysicalNetworkName", physical.name(), "VlanId", String.valueOf(physical.vlanId()))));
    }
}
