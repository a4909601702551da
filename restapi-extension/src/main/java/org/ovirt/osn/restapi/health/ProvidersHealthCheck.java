package org.ovirt.osn.restapi.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.ovirt.osn.provider.health.ProviderCallMeter;
import org.ovirt.osn.provider.health.ProviderHealthRegistry;

/**
 * The providers' derived statuses, one data entry per provider ({@code <name>: <status>}), in both probes. Always up:
 * a provider that is down is the provider's trouble, and restarting or unreadying the engine would not cure it.
 */
@Liveness
@Readiness
@ApplicationScoped
public class ProvidersHealthCheck implements HealthCheck {

    private ProviderHealthRegistry health;

    protected ProvidersHealthCheck() {
        // for CDI proxies
    }

    @Inject
    public ProvidersHealthCheck(ProviderHealthRegistry health) {
        this.health = health;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("osn-providers").up();
        for (ProviderCallMeter meter : health.meters()) {
            response.withData(meter.providerName() + " (" + meter.providerId() + ")",
                    meter.status() == null ? "not called yet" : meter.status().value());
        }
        return response.build();
    }
}
