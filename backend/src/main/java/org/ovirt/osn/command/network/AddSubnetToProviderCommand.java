package org.ovirt.osn.command.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.command.provider.NetworkProviderValidator;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.ProviderSubnet;
import org.ovirt.osn.provider.ProviderSubnetSpec;

import java.util.Map;
import java.util.UUID;

/**
 * Adds a subnet (DHCP on) to a provider network, as the engine's AddSubnetToProvider. Refused for a read-only
 * provider. Only the provider changes, so no transaction is held while it answers.
 */
@ApplicationScoped
public class AddSubnetToProviderCommand implements Command<AddSubnetToProviderParameters, ProviderSubnet> {

    private NetworkProviderRepository repository;
    private ProviderNetworkAccess access;

    protected AddSubnetToProviderCommand() {
        // for CDI proxies
    }

    @Inject
    public AddSubnetToProviderCommand(NetworkProviderRepository repository, ProviderNetworkAccess access) {
        this.repository = repository;
        this.access = access;
    }

    @Override
    public ValidationResult validate(AddSubnetToProviderParameters p) {
        return ValidationResult.firstFailure(
                () -> NetworkProviderValidator.providerExists(repository.findByIdWithoutSecrets(p.providerId()),
                        p.providerId()),
                () -> ExternalNetworkValidator.providerNotReadOnly(
                        repository.findByIdWithoutSecrets(p.providerId()).orElseThrow()),
                () -> keepsSubnets(repository.findByIdWithoutSecrets(p.providerId()).orElseThrow()),
                () -> subnetValid(p),
                () -> ExternalNetworkValidator.externalNetworkFound(
                        access.network(p.providerId(), p.externalNetworkId(), auditVariables(p)),
                        p.externalNetworkId()));
    }

    @Override
    public ProviderSubnet execute(AddSubnetToProviderParameters p) {
        return access.proxy(p.providerId(), auditVariables(p)).addSubnet(p.externalNetworkId(), spec(p));
    }

    /** The subnet's own fields (export checks a new network's subnet with these too). */
    static ValidationResult subnetValid(AddSubnetToProviderParameters p) {
        return ValidationResult.firstFailure(
                () -> SubnetValidator.cidrValid(p.cidr()),
                () -> SubnetValidator.ipVersionMatches(p.cidr(), p.ipVersion()),
                () -> SubnetValidator.gatewayInCidr(p.cidr(), p.gateway()),
                () -> SubnetValidator.dnsServersValid(p.dnsServers()),
                () -> SubnetValidator.ipv6ModesValid(p.cidr(), p.ipv6AddressMode(), p.ipv6RaMode()));
    }

    /** What the provider is asked to create: DHCP on, the CIDR's IP version, no gateway when none is given. */
    static ProviderSubnetSpec spec(AddSubnetToProviderParameters p) {
        int ipVersion = SubnetValidator.cidr(p.cidr()).orElseThrow().ipVersion();
        String gateway = p.gateway() == null || p.gateway().isBlank() ? null : p.gateway();
        return new ProviderSubnetSpec(p.name(), p.cidr(), ipVersion, gateway, p.dnsServers(), true,
                p.ipv6AddressMode(), p.ipv6RaMode());
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
        return AuditLogType.SUBNET_ADDED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.SUBNET_ADDITION_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(AddSubnetToProviderParameters p) {
        return Map.of("Action", "add", "ProviderName", repository.displayName(p.providerId()),
                "ExternalNetworkId", String.valueOf(p.externalNetworkId()),
                "Subnet", p.name() == null || p.name().isBlank() ? String.valueOf(p.cidr()) : p.name());
    }

    @Override
    public UUID auditProviderId(AddSubnetToProviderParameters p) {
        return p.providerId();
    }

    @Override
    public String subject() {
        return "subnet";
    }

    @Override
    public UUID lockedProvider(AddSubnetToProviderParameters p) {
        return p.providerId();
    }
}
