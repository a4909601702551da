package org.ovirt.osn.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ovirt.osn.dal.port.VnicPortDao;
import org.ovirt.osn.dal.port.VnicPortEntity;
import org.ovirt.osn.provisioning.VnicPortRecords;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Read-only views of the provider ports provisioned for vNICs. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VnicPortQueries {

    private VnicPortDao dao;

    protected VnicPortQueries() {
        // for CDI proxies
    }

    @Inject
    public VnicPortQueries(VnicPortDao dao) {
        this.dao = dao;
    }

    public Optional<VnicPort> ofVnic(UUID vnicId) {
        return dao.findByVnic(vnicId).map(VnicPortQueries::toView);
    }

    /** The ports of one VM's vNICs, by vNIC id. */
    public Map<UUID, VnicPort> ofVm(UUID vmId) {
        return dao.findByVm(vmId).stream().map(VnicPortQueries::toView)
                .collect(Collectors.toMap(VnicPort::vnicId, Function.identity()));
    }

    private static VnicPort toView(VnicPortEntity row) {
        return new VnicPort(row.getVnicId(), row.getProviderId(), row.getNetworkExternalId(), row.getHostBinding(),
                row.getState().name(), VnicPortRecords.detailsOf(row));
    }
}
