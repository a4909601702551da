package org.ovirt.osn.command.network;

import java.util.List;
import java.util.UUID;

/**
 * A bulk import: several provider networks into one data center, each as {@link ImportExternalNetworkParameters}.
 *
 * @param externalIds the provider's ids of the networks, in the order they are imported (may hold nulls, which
 *                    validation refuses)
 * @param owner       who started it, shown as the job's owner
 * @param jobId       the id the job gets, chosen by the caller so that the job's audit events can name it
 */
public record ImportExternalNetworksParameters(UUID jobId, UUID providerId, UUID dataCenterId, List<String> externalIds,
                                               boolean publicUse, boolean attachToAllClusters, String owner) {

    public ImportExternalNetworksParameters {
        externalIds = externalIds == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(externalIds));
    }

    /** The import of the network at {@code index}. */
    public ImportExternalNetworkParameters single(int index) {
        return new ImportExternalNetworkParameters(providerId, externalIds.get(index), dataCenterId, publicUse,
                attachToAllClusters);
    }
}
