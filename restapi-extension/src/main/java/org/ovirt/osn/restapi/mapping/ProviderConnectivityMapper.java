package org.ovirt.osn.restapi.mapping;

import org.ovirt.osn.provider.ProviderCapabilities;
import org.ovirt.osn.provider.ProviderConnectivityReport;
import org.ovirt.osn.restapi.model.ConnectivityAuthentication;
import org.ovirt.osn.restapi.model.ConnectivityCall;
import org.ovirt.osn.restapi.model.ConnectivityCapabilities;
import org.ovirt.osn.restapi.model.ProviderConnectivity;

/** What a connectivity test found, as the {@code <provider_connectivity>} of its action answer. */
public final class ProviderConnectivityMapper {

    private ProviderConnectivityMapper() {
    }

    public static ProviderConnectivity toModel(ProviderConnectivityReport report) {
        ProviderConnectivityReport.Authentication auth = report.authentication();
        ProviderCapabilities found = report.capabilities();
        return new ProviderConnectivity(report.apiVersions(),
                new ConnectivityAuthentication(auth.kind().value(), auth.url(), auth.user(), auth.userDomain(),
                        auth.project(), auth.projectDomain(),
                        report.tokenExpiresAt() == null ? null : report.tokenExpiresAt().toString()),
                report.calls().stream().map(call -> new ConnectivityCall(call.request(),
                        call.roundTrip().toNanos() / 1_000_000.0)).toList(),
                new ConnectivityCapabilities(found.bulkPortCreate(), found.pagination(), found.sorting(),
                        found.fieldSelection(), found.anyOfFilterValues() ? "any_of" : "first_value",
                        report.portBinding(), report.securityGroups()));
    }
}
