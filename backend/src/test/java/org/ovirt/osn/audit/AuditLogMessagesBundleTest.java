package org.ovirt.osn.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.provider.AddNetworkProviderCommand;
import org.ovirt.osn.command.provider.AddNetworkProviderParameters;
import org.ovirt.osn.command.provider.ImportProviderCertificatesCommand;
import org.ovirt.osn.command.provider.ImportProviderCertificatesParameters;
import org.ovirt.osn.command.provider.NetworkProviderIdParameters;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.command.provider.RemoveNetworkProviderCommand;
import org.ovirt.osn.command.provider.TestNetworkProviderConnectivityCommand;
import org.ovirt.osn.command.provider.UpdateNetworkProviderCommand;
import org.ovirt.osn.command.provider.UpdateNetworkProviderParameters;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderType;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.when;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(MockitoExtension.class)
class AuditLogMessagesBundleTest {

    private static final MessageTemplates BUNDLE = AuditLogger.templates();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");
    /** What {@code CommandRunner} adds to every command's own variables; Reason only on failure. */
    private static final Set<String> RUNNER_VARIABLES = Set.of("UserName");
    private static final String FAILURE_REASON = "Reason";

    /** Finds no provider, so the commands name it by id. */
    @Mock
    private NetworkProviderRepository repository;

    @ParameterizedTest
    @EnumSource(AuditLogType.class)
    void shouldHaveTextWhenTypeIsAnEnumConstant(AuditLogType type) {
        assertTrue(BUNDLE.has(type.name()), () -> type + " has no text in AuditLogMessages.properties");
        assertFalse(BUNDLE.render(type.name(), Map.of()).isBlank(), () -> type + " has blank text");
    }

    @Test
    void shouldHaveAnEnumConstantWhenKeyIsInTheBundle() {
        Set<String> constants = Arrays.stream(AuditLogType.values()).map(Enum::name).collect(Collectors.toSet());
        Set<String> orphans = new TreeSet<>(BUNDLE.keys());
        orphans.removeAll(constants);

        assertEquals(Set.of(), orphans, "keys in AuditLogMessages.properties without an AuditLogType constant");
    }

    @Test
    void shouldHaveUniqueCodesWhenTypesAreListed() {
        Map<Integer, AuditLogType> byCode = new HashMap<>();
        for (AuditLogType type : AuditLogType.values()) {
            AuditLogType previous = byCode.putIfAbsent(type.code(), type);
            assertNull(previous, () -> type + " reuses code " + type.code() + " of " + byCode.get(type.code()));
        }
    }

    @Test
    void shouldUseOnlyVariablesCommandsProvideWhenTemplateHasVariables() {
        Set<String> provided = Set.of("UserName", "ProviderName", "Certificates", FAILURE_REASON,
                // the standalone engine host's events (StandaloneAuditVariablesTest checks each command)
                "DataCenterName", "ClusterName", "NetworkName", "VnicProfileName", "HostName",
                "VmName", "VmNicName",
                // provider networks (NetworkAuditVariablesTest checks each command)
                "ExternalNetworkId", "Subnet",
                // port release and reconciler (PortReleaseWorkerTest and ReconcileProviderPortsCommandTest render them)
                "VnicName", "VnicId", "PortId", "ProviderId", "Attempts", "NextAttempt", "Count", "DeviceOwner",
                // a release taken over from a node that stopped (PortReleaseWorkerTest)
                "PreviousOwner", "Owner",
                // a host's binding host id (StandaloneAuditVariablesTest checks the command)
                "PluginType", "BindingHostId",
                // sync: its summary counts and a vanished network that vNICs still use (SyncNetworkProviderCommandTest)
                "Trigger", "Imported", "Updated", "Removed", "Kept", "Failed", "VnicCount", "VmNames",
                // bulk import jobs (ImportExternalNetworksCommandTest, BulkNetworkImportTest, JobRecoveryTest)
                "JobId", "NodeId",
                // a port a failed VM flow left behind (LeftPortAuditTest checks it)
                "VmNicId",
                // a certificate removed from the provider trust store (RemoveProviderCertificateCommandTest)
                "Alias",
                // stored passwords sealed again after a key rotation (StoredSecretsCheckTest)
                "KeyId",
                // a provider's status change (ProviderStatusAuditTest renders them)
                "PreviousStatus",
                // a login name locked after failed logins (PasswordLoginTest in restapi-extension)
                "LockSeconds", "Failures", "Channel");
        for (AuditLogType type : AuditLogType.values()) {
            Set<String> unknown = new TreeSet<>(variablesOf(type));
            unknown.removeAll(provided);
            assertEquals(Set.of(), unknown, () -> type + " uses variables no command provides");
        }
    }

    @Test
    void shouldUseOnlyTheCommandsVariablesWhenTemplateIsThatCommandsEvent() {
        NetworkProvider provider = new NetworkProvider(UUID.randomUUID(), "ovn", null, NetworkProviderType.EXTERNAL,
                "http://ovn:9696", false, null, null, null, null, null, null, null, null, false, false, null);
        NetworkProviderIdParameters id = new NetworkProviderIdParameters(provider.id());
        when(repository.displayName(provider.id())).thenReturn("ovn");

        assertEventsUseOnlyProvidedVariables(new AddNetworkProviderCommand(repository, null),
                new AddNetworkProviderParameters(provider));
        assertEventsUseOnlyProvidedVariables(new UpdateNetworkProviderCommand(repository, null),
                new UpdateNetworkProviderParameters(provider));
        assertEventsUseOnlyProvidedVariables(new RemoveNetworkProviderCommand(repository, null, null, null, null, null), id);
        assertEventsUseOnlyProvidedVariables(new TestNetworkProviderConnectivityCommand(repository, null), id);
        assertEventsUseOnlyProvidedVariables(new ImportProviderCertificatesCommand(repository, null),
                new ImportProviderCertificatesParameters(provider.id(), List.of("-----BEGIN CERTIFICATE-----")));
    }

    private static <P> void assertEventsUseOnlyProvidedVariables(Command<P, ?> command, P parameters) {
        Set<String> onSuccess = new HashSet<>(command.auditVariables(parameters).keySet());
        onSuccess.addAll(RUNNER_VARIABLES);
        Set<String> onFailure = new HashSet<>(onSuccess);
        onFailure.add(FAILURE_REASON);

        for (var expectation : List.of(Map.entry(command.successEvent(), onSuccess),
                Map.entry(command.failureEvent(), onFailure))) {
            Set<String> missing = new TreeSet<>(variablesOf(expectation.getKey()));
            missing.removeAll(expectation.getValue());
            assertEquals(Set.of(), missing, () -> expectation.getKey() + " (of "
                    + command.getClass().getSimpleName() + ") would show these variables unrendered");
        }
    }

    private static Set<String> variablesOf(AuditLogType type) {
        Set<String> names = new HashSet<>();
        Matcher m = VARIABLE.matcher(BUNDLE.render(type.name(), Map.of()));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
