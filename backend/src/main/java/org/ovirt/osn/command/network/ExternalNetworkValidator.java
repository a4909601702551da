package org.ovirt.osn.command.network;

import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.provider.NetworkProvider;
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
}
