package org.ovirt.osn.command.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.command.provider.NetworkProviderValidator;
import org.ovirt.osn.provider.NetworkProvider;

import java.util.Map;
import java.util.UUID;

/**
 * Removes a subnet of a provider network, as the engine's RemoveSubnetFromProvider. Refused for a read-only provider
 * and for a subnet that is not the network's; the provider refuses one that ports still use.
 */
@ApplicationScoped
public class RemoveSubnetFromProviderCommand implements Command<SubnetIdParameters, Void> {

    private NetworkProviderRepository repository;
    private ProviderNetworkAccess access;

    protected RemoveSubnetFromProviderCommand() {
        // for CDI proxies
    }

    @Inject
    public RemoveSubnetFromProviderCommand(NetworkProviderRepository repository, ProviderNetworkAccess access) {
        this.repository = repository;
        this.access = access;
    }

    @Override
    public ValidationResult validate(SubnetIdParameters p) {
        return ValidationResult.firstFailure(
                () -> NetworkProviderValidator.providerExists(repository.findByIdWithoutSecrets(p.providerId()),
                        p.providerId()),
                () -> ExternalNetworkValidator.providerNotReadOnly(
                        repository.findByIdWithoutSecrets(p.providerId()).orElseThrow()),
                () -> keepsSubnets(repository.findByIdWithoutSecrets(p.providerId()).orElseThrow()),
                () -> ValidationResult.validWhen(access.proxy(p.providerId(), auditVariables(p))
                                .listSubnets(p.externalNetworkId()).anyMatch(s -> s.id().equals(p.subnetId())),
                        EngineMessage.ACTION_TYPE_FAILED_SUBNET_NOT_FOUND,
                        Map.of("SubnetId", String.valueOf(p.subnetId()))));
    }

    @Override
    public Void execute(SubnetIdParameters p) {
        access.proxy(p.providerId(), auditVariables(p)).removeSubnet(p.subnetId());
        return null;
    }

    private ValidationResult keepsSubnets(NetworkProvider provider) {
        return ExternalNetworkValidator.providerKeepsSubnets(provider, access.traits(provider));
    }

    @Override
    public boolean transactional() {
        return false;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.SUBNET_REMOVED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.SUBNET_REMOVAL_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(SubnetIdParameters p) {
        return Map.of("Action", "remove", "ProviderName", repository.displayName(p.providerId()),
                "ExternalNetworkId", String.valueOf(p.externalNetworkId()), "Subnet", String.valueOf(p.subnetId()));
    }

    @Override
    public UUID auditProviderId(SubnetIdParameters p) {
        return p.providerId();
    }

    @Override
    public String subject() {
        return "subnet";
    }

    @Override
    public UUID lockedProvider(SubnetIdParameters p) {
        return p.providerId();
    }
}
