package org.ovirt.osn.command.network;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.engine.EngineInventory;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.network.NetworkFixtures.DC;
import static org.ovirt.osn.command.network.NetworkFixtures.EXISTING;
import static org.ovirt.osn.command.network.NetworkFixtures.PROVIDER_ID;

/** Every variable an event of a network command shows is one the command (or the runner) provides. */
@ExtendWith(MockitoExtension.class)
class NetworkAuditVariablesTest {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private EngineInventory inventory;
    @Mock
    private org.ovirt.osn.dal.network.ProvidedNetworkDao links;

    @Test
    void shouldRenderEveryVariableWhenNetworkCommandsWriteTheirEvents() {
        when(repository.displayName(PROVIDER_ID)).thenReturn("neutron-1");
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(inventory.network(EXISTING.id())).thenReturn(Optional.of(EXISTING));

        assertProvided(new ImportExternalNetworkCommand(repository, null, inventory, null, null, null),
                new ImportExternalNetworkParameters(PROVIDER_ID, "x", DC.id(), false, false));
        assertProvided(new LinkExternalNetworkCommand(repository, null, inventory, null),
                new LinkExternalNetworkParameters(PROVIDER_ID, "x", EXISTING.id()));
        assertProvided(new AddSubnetToProviderCommand(repository, null), new AddSubnetToProviderParameters(
                PROVIDER_ID, "x", null, "10.0.0.0/24", null, null, null, null, null));
        assertProvided(new RemoveSubnetFromProviderCommand(repository, null), new SubnetIdParameters(PROVIDER_ID,
                "x", "s"));
        assertProvided(new ExportNetworkCommand(repository, null, inventory, null, null, null),
                new ExportNetworkParameters(PROVIDER_ID, DC.id(), "green", null, 0, null, null, null));
        when(links.findByNetwork(EXISTING.id())).thenReturn(List.of(
                NetworkFixtures.link(EXISTING.id(), PROVIDER_ID, "x", DC.id())));
        assertProvided(new RemoveProvidedNetworkCommand(repository, null, inventory, null, links, null),
                new RemoveProvidedNetworkParameters(EXISTING.id()));
    }

    static <P> void assertProvided(Command<P, ?> command, P parameters) {
        Set<String> provided = new HashSet<>(command.auditVariables(parameters).keySet());
        provided.add("UserName");
        provided.add("Reason");
        for (AuditLogType type : List.of(command.successEvent(), command.failureEvent())) {
            Set<String> missing = new TreeSet<>();
            Matcher m = VARIABLE.matcher(java.util.ResourceBundle.getBundle("org.ovirt.osn.audit.AuditLogMessages").getString(type.name()));
            while (m.find()) {
                missing.add(m.group(1));
            }
            missing.removeAll(provided);
            assertEquals(Set.of(), missing, () -> type + " would show these variables unrendered");
        }
    }
}
